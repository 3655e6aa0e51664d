import CXapianShim

/// A Xapian document: data, values and terms.
public final class Document {
    let handle: OpaquePointer

    public init() throws {
        handle = try ShimCall.handle { xs_document_new($0) }
    }

    deinit { xs_document_free(handle) }

    public func setData(_ data: String) throws {
        try data.withBytes { d, n in try ShimCall.check { xs_document_set_data(handle, d, n, $0) } }
    }

    public func addValue(_ slot: UInt32, _ value: String) throws {
        try value.withBytes { v, n in try ShimCall.check { xs_document_add_value(handle, slot, v, n, $0) } }
    }

    public func addBooleanTerm(_ term: String) throws {
        try term.withBytes { t, n in try ShimCall.check { xs_document_add_boolean_term(handle, t, n, $0) } }
    }
}
