import CXapianShim

extension Database {
    /// Every (docid, value) of `slot`, in docid order (Xapian's value stream).
    public func values(slot: UInt32) throws -> [(docid: UInt32, value: String)] {
        try ShimVisitors.collect((docid: UInt32, value: String).self) { context, err in
            xs_database_values_each(handle, slot, ShimVisitors.docidValue, context, err)
        }
    }
}

extension ShimVisitors {
    static let docidValue: xs_docid_value_visitor = { context, docid, s, n in
        Unmanaged<Sink<(docid: UInt32, value: String)>>.fromOpaque(context!).takeUnretainedValue().items
            .append((docid: docid, value: decode(s, n)))
        return 0
    }
}
