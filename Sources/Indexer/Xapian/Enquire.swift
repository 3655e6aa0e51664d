import CXapianShim

/// Xapian's Enquire: runs a query against a database.
public final class Enquire: @unchecked Sendable {
    let handle: OpaquePointer
    /// Enquire keeps Xapian's database alive itself; this keeps the wrapper's too.
    private let database: Database

    public init(_ database: Database) throws {
        self.database = database
        handle = try ShimCall.handle { xs_enquire_new(database.handle, $0) }
    }

    deinit { xs_enquire_free(handle) }

    public func setQuery(_ query: Query) throws {
        try ShimCall.check { xs_enquire_set_query(handle, query.handle, $0) }
    }

    public func setWeightingScheme(_ bm25: BM25Weight) throws {
        try ShimCall.check { xs_enquire_set_bm25(handle, bm25.k1, bm25.k2, bm25.k3, bm25.b, bm25.minNormlen, $0) }
    }

    /// At most `max` hits share a value in `slot`; 0 turns collapsing off.
    public func setCollapseKey(_ slot: UInt32, max: UInt32) throws {
        try ShimCall.check { xs_enquire_set_collapse_key(handle, slot, max, $0) }
    }

    public func getMSet(first: Int, maxItems: Int, checkAtLeast: Int = 0) throws -> MSet {
        let raw = try ShimCall.handle {
            xs_enquire_get_mset(handle, UInt32(first), UInt32(maxItems), UInt32(checkAtLeast), $0)
        }
        return MSet(handle: raw)
    }
}
