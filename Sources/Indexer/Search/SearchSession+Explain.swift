extension SearchSession {
    /// Fills each hit's explanation: BM25 is a sum over terms, so a term's
    /// contribution is the hit's weight for that term alone. One filtered
    /// query per distinct query term computes it for the whole page.
    func explain(_ hits: inout [SearchHit], mset: MSet, enquire: Enquire, query: Query) throws {
        guard !hits.isEmpty else { return }
        let page = try Query.combine(.or, hits.map {
            try Query(term: IndexSchema.uniqueTerm(path: $0.passage.path, passage: $0.passage.number))
        })!
        var weights: [UInt32: [TermContribution]] = [:]
        for term in try query.terms() {
            let single = try Enquire(database)
            try single.setQuery(try Query(.filter, try Query(term: term), page))
            try single.setWeightingScheme(ranking.bm25)
            let result = try single.getMSet(first: 0, maxItems: hits.count)
            for i in 0..<result.size {
                let weight = try result.getWeight(i)
                guard weight > 0 else { continue }
                weights[try result.getDocid(i), default: []].append(
                    TermContribution(term: IndexSchema.displayName(ofTerm: term), weight: weight))
            }
        }
        for i in hits.indices {
            hits[i].explanation = (weights[hits[i].docid] ?? []).sorted { $0.weight > $1.weight }
        }
    }
}
