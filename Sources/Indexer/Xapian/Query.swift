import CXapianShim

/// A parsed Xapian query.
public final class Query: @unchecked Sendable {
    let handle: OpaquePointer

    init(handle: OpaquePointer) { self.handle = handle }

    deinit { xs_query_free(handle) }

    public var isEmpty: Bool { xs_query_empty(handle) != 0 }

    public func getDescription() throws -> String {
        try ShimCall.string { len, err in xs_query_get_description(handle, len, err) }
    }
}
