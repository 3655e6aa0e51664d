import CXapianShim

/// A parsed Xapian query.
public final class Query {
    let handle: OpaquePointer

    init(handle: OpaquePointer) { self.handle = handle }

    deinit { xs_query_free(handle) }

    public enum Op: Int32, Sendable {
        case and = 0, or = 1, andNot = 2, filter = 3, andMaybe = 4
    }

    /// This query with every weight it gives multiplied by `factor` (OP_SCALE_WEIGHT).
    public func scaled(by factor: Double) throws -> Query {
        Query(handle: try ShimCall.handle { xs_query_scale_weight(handle, factor, $0) })
    }

    /// A query for one term.
    public convenience init(term: String) throws {
        let raw = try term.withBytes { t, n in try ShimCall.handle { xs_query_new_term(t, n, $0) } }
        self.init(handle: raw)
    }

    /// A filter on one term, with no weight. It reads the term's own posting
    /// list (a PostingSource): Xapian 1.4 swaps a plain unweighted term that
    /// indexes every document of a shard for the shard's all-documents list,
    /// which fails once the shard has a docid gap (see filter_term.cpp).
    public convenience init(filterTerm term: String) throws {
        let raw = try term.withBytes { t, n in try ShimCall.handle { xs_query_new_filter_term(t, n, $0) } }
        self.init(handle: raw)
    }

    /// `left` OP `right`.
    public convenience init(_ op: Op, _ left: Query, _ right: Query) throws {
        self.init(handle: try ShimCall.handle { xs_query_combine(op.rawValue, left.handle, right.handle, $0) })
    }

    /// Several subqueries joined by `op` (nil for none).
    public static func combine(_ op: Op, _ queries: [Query]) throws -> Query? {
        guard var result = queries.first else { return nil }
        for query in queries.dropFirst() { result = try Query(op, result, query) }
        return result
    }

    /// A query that matches exactly the documents `docids` of `database`, with no
    /// weight: a filter (a Xapian::PostingSource over the docids).
    public convenience init(docids: [UInt32], in database: Database) throws {
        self.init(handle: try ShimCall.handle { xs_query_new_docid_set(database.handle, docids, docids.count, $0) })
    }

    /// The documents whose value in `slot` is exactly `value` (OP_VALUE_RANGE from
    /// `value` to itself), with no weight: a filter.
    public convenience init(slot: UInt32, equals value: String) throws {
        let raw = try value.withBytes { v, n in try ShimCall.handle { xs_query_new_value_equals(slot, v, n, $0) } }
        self.init(handle: raw)
    }

    public var isEmpty: Bool { xs_query_empty(handle) != 0 }

    /// Each distinct term of the query.
    public func terms() throws -> [String] {
        try ShimVisitors.collect(String.self) { xs_query_terms(handle, ShimVisitors.string, $0, $1) }
    }

}
