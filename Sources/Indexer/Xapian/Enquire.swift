import CXapianShim

/// Xapian's Enquire: runs a query against a database.
public final class Enquire {
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

    /// Sorts by the value in `slot` (ascending unless `reverse`), then by relevance
    /// (`set_sort_by_value_then_relevance`; remote shards refuse a KeyMaker).
    public func setSortByValueThenRelevance(_ slot: UInt32, reverse: Bool) throws {
        try ShimCall.check { xs_enquire_set_sort_by_value(handle, slot, reverse ? 1 : 0, $0) }
    }

    public func setSortByRelevance() throws {
        try ShimCall.check { xs_enquire_set_sort_by_relevance(handle, $0) }
    }

    /// Counts the values of `slot` over the whole match set of the next MSet.
    /// Returns the spy's number for `spyTopValues`.
    public func addValueCountMatchSpy(slot: UInt32) throws -> Int {
        Int(try ShimCall.check { xs_enquire_add_value_count_spy(handle, slot, $0) })
    }

    /// How many distinct values the spy saw.
    public func spyDistinctValues(_ spy: Int) throws -> Int {
        Int(try ShimCall.check { xs_enquire_spy_distinct_values(handle, Int32(spy), $0) })
    }

    /// The spy's most frequent values, with their counts.
    public func spyTopValues(_ spy: Int, max: Int) throws -> [(value: String, count: Int)] {
        try ShimVisitors.collect((String, Int).self) {
            xs_enquire_spy_top_values(handle, Int32(spy), UInt32(clamping: max), ShimVisitors.valueCount, $0, $1)
        }.map { (value: $0.0, count: $0.1) }
    }

    /// Relevance feedback: the best terms of `documents` that start with `prefix`
    /// (with `wordsOnly`, not field terms: no upper-case letter after `prefix`).
    public func getESet(documents: [UInt32], maxItems: Int, prefix: String,
                        wordsOnly: Bool = false, minDocuments: Int = 1) throws -> [(term: String, weight: Double)] {
        try ShimVisitors.collect((String, Double).self) {
            xs_enquire_eset(handle, database.handle, documents, documents.count, UInt32(clamping: maxItems), prefix,
                            wordsOnly ? 1 : 0, UInt32(clamping: max(1, minDocuments)), ShimVisitors.termWeight, $0, $1)
        }.map { (term: $0.0, weight: $0.1) }
    }

    /// `Enquire::set_time_limit`: after `seconds` (0: none), the match stops
    /// counting matches past `checkAtLeast`, and does not say so. It cannot stop
    /// the match itself.
    public func setTimeLimit(_ seconds: Double) throws {
        try ShimCall.check { xs_enquire_set_time_limit(handle, seconds, $0) }
    }

    public func getMSet(first: Int, maxItems: Int, checkAtLeast: Int = 0) throws -> MSet {
        let raw = try ShimCall.handle {
            xs_enquire_get_mset(handle, UInt32(clamping: first), UInt32(clamping: maxItems), UInt32(clamping: checkAtLeast), $0)
        }
        return MSet(handle: raw)
    }
}
