import CXapianShim

/// A Xapian document: data, values and terms.
public final class Document {
    let handle: OpaquePointer

    public init() throws {
        handle = try ShimCall.handle { xs_document_new($0) }
    }

    /// A document the database handed out (`WritableDatabase.getDocument`).
    init(handle: OpaquePointer) { self.handle = handle }

    deinit { xs_document_free(handle) }

    /// The value in `slot`, empty when it has none.
    public func value(_ slot: UInt32) throws -> String {
        try ShimCall.string { len, err in xs_document_get_value(handle, slot, len, err) }
    }

    /// Removes every term that starts with `prefix`.
    public func removeTerms(prefix: String) throws {
        try prefix.withBytes { p, n in try ShimCall.check { xs_document_remove_terms_with_prefix(handle, p, n, $0) } }
    }

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
