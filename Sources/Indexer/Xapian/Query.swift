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

    /// A filter with no weight: documents whose value in `slot` is `value` (with
    /// `folder`, also those whose value starts with `value` + "/"). OP_VALUE_RANGE,
    /// not a term: Xapian 1.4 swaps a plain unweighted term that indexes every
    /// document of a shard for the shard's all-documents list, which fails once
    /// the shard has a docid gap, locally and on remote shards (value_filter.cpp).
    public convenience init(valueFilter value: String, slot: UInt32, folder: Bool = false) throws {
        let raw = try value.withBytes { v, n in
            try ShimCall.handle { xs_query_new_value_filter(slot, v, n, folder ? 1 : 0, $0) }
        }
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
