import CXapianShim

extension Enquire {
    /// Sorts by the value in `slot` (descending when `reverse`), then by relevance.
    public func setSortByValueThenRelevance(_ slot: UInt32, reverse: Bool) throws {
        try ShimCall.check { xs_enquire_set_sort_by_value_then_relevance(handle, slot, reverse ? 1 : 0, $0) }
    }
}
