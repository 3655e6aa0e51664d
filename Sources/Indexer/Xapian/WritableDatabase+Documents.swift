import CXapianShim

extension WritableDatabase {
    /// The documents `term` indexes, in docid order, this writer's uncommitted changes included.
    public func postlist(_ term: String) throws -> [UInt32] {
        try term.withBytes { t, n in
            try ShimVisitors.collect(UInt32.self) { context, err in
                xs_writable_database_postlist_each(handle, t, n, ShimVisitors.docid, context, err)
            }
        }
    }

    /// The stored document `docid`, to read, change and `replaceDocument`.
    public func getDocument(_ docid: UInt32) throws -> Document {
        Document(handle: try ShimCall.handle { xs_writable_database_get_document(handle, docid, $0) })
    }

    public func replaceDocument(_ docid: UInt32, with document: Document) throws {
        try ShimCall.check { xs_writable_database_replace_document(handle, docid, document.handle, $0) }
    }
}

extension ShimVisitors {
    static let docid: xs_docid_visitor = { context, docid in
        Unmanaged<Sink<UInt32>>.fromOpaque(context!).takeUnretainedValue().items.append(docid)
        return 0
    }
}
