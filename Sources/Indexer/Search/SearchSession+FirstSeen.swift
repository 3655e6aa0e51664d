extension SearchSession {
    /// `query` filtered to passages first indexed in the build sequences `range`
    /// (a value range on `IndexSchema.firstSeenSlot`), or `query` itself.
    static func restricted(_ query: Query, firstSeen range: ClosedRange<Int>?) throws -> Query {
        guard let range else { return query }
        let filter = try Query(slot: IndexSchema.firstSeenSlot, from: BuildSequence.sortable(range.lowerBound),
                               to: BuildSequence.sortable(range.upperBound))
        return try Query(.filter, query, filter)
    }
}
