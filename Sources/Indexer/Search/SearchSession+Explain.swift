extension SearchSession {
    /// Fills each hit's explanation: BM25 is a sum over terms, so a term's
    /// contribution is the hit's weight for that term alone. One filtered
    /// query per distinct term computes it for the whole page. The passages
    /// `reranked` (by docid) were reordered by pseudo-relevance feedback: their
    /// hits also show each `feedback` term, at its scaled weight, so the
    /// contributions add up to the score shown.
    func explain(_ hits: inout [SearchHit], query: Query, feedback: [(term: String, scale: Double)],
                 reranked: Set<UInt32>) throws {
        guard !hits.isEmpty else { return }
        let page = try Query.combine(.or, hits.map {
            try Query(term: IndexSchema.uniqueTerm(path: IndexSchema.articlePath($0.passage.path, locator: $0.passage.locator),
                                                   passage: $0.passage.number))
        })!
        var weights: [UInt32: [TermContribution]] = [:]
        func add(_ term: String, scale: Double, onlyReranked: Bool) throws {
            let single = try Enquire(database)
            try single.setQuery(try Query(.filter, try Query(term: term), page))
            try single.setWeightingScheme(ranking.bm25)
            let result = try single.getMSet(first: 0, maxItems: hits.count)
            for i in 0..<result.size {
                let weight = try result.getWeight(i) * scale
                guard weight > 0 else { continue }
                weights[try result.getDocid(i), default: []].append(
                    TermContribution(term: IndexSchema.displayName(ofTerm: term), weight: weight,
                                     feedback: onlyReranked ? true : nil))
            }
        }
        for term in try query.terms() { try add(term, scale: 1, onlyReranked: false) }
        for (term, scale) in feedback { try add(term, scale: scale, onlyReranked: true) }
        for i in hits.indices {
            let isReranked = reranked.contains(hits[i].docid)
            let words = SourceWords(hits[i].passage.text + "\n" + hits[i].passage.title, stem: stem)
            hits[i].explanation = (weights[hits[i].docid] ?? [])
                .filter { $0.feedback == nil || isReranked }
                .map { term in
                    // A stem reads as the passage wrote it ("reluctant", not "reluct").
                    guard !term.term.contains(":") else { return term }
                    var shown = term
                    shown.term = words.written(stem: term.term).lowercased()
                    return shown
                }
                .sorted { $0.weight > $1.weight }
        }
    }
}
