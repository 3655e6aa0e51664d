extension SearchSession {
    /// One place in a ranking: the match at `index` of `mset`.
    struct Ranked {
        var mset: MSet
        var index: Int
    }

    /// Pseudo-relevance feedback over `first`, the plain search's ranking (from
    /// `enquire`, with the request's per-article limit). The best new terms (ESet) of
    /// its top `feedbackDocuments` passages, one per article, reorder its top
    /// `feedbackDepth` passages, each term scaled by `feedbackWeight` times its ESet
    /// weight over the best one's; the passages below keep their places (`ranked(_:top:)`
    /// puts the two together). So feedback never adds or drops a match, the second
    /// match only looks at those few passages, and every page of a search is cut
    /// from the same ranking. Nil when there is nothing to reorder.
    func rerankedTop(_ first: MSet, enquire: Enquire, query: Query, request: SearchRequest) throws -> [Ranked]? {
        let depth = min(first.size, ranking.feedbackDepth)
        // A query of filters alone weighs every match 0: its "top" passages
        // are in docid order, which a rebuild changes, and say nothing to
        // feed back on.
        guard depth > 1, try first.getWeight(0) > 0, let expansion = try expansion(of: first, enquire: enquire) else { return nil }
        // The pool, by the passages' unique terms: a PostingSource over their
        // docids cannot be sent to a remote shard ("serialise() not supported").
        let passages = try (0..<depth).map { StoredPassage(decoding: try first.getDocumentData($0)) }
        let unique = try passages.compactMap { passage in
            try passage.map { try Query(term: IndexSchema.uniqueTerm(path: IndexSchema.articlePath($0.path, locator: $0.locator),
                                                                     passage: $0.number)) }
        }
        guard unique.count == depth, let pool = try Query.combine(.or, unique) else { return nil }
        let second = try Enquire(database)
        // AND_MAYBE: the added terms only add weight to what the query matches.
        try second.setQuery(try Query(.filter, try Query(.andMaybe, query, expansion), pool))
        try second.setWeightingScheme(ranking.bm25)
        try second.setCollapseKey(IndexSchema.articleKeySlot, max: UInt32(clamping: max(0, request.perArticle)))
        let top = try second.getMSet(first: 0, maxItems: depth)
        return (0..<top.size).map { Ranked(mset: top, index: $0) }
    }

    /// The feedback terms of `first`'s top passages, one per article, as one weighted OR.
    private func expansion(of first: MSet, enquire: Enquire) throws -> Query? {
        try Query.combine(.or, try feedbackTerms(of: first, enquire: enquire).map {
            try Query(term: $0.term).scaled(by: $0.scale)
        })
    }

    /// The feedback terms of `first`'s top passages, one per article, each with the
    /// factor its weight is scaled by (`--explain` shows them too).
    func feedbackTerms(of first: MSet, enquire: Enquire) throws -> [(term: String, scale: Double)] {
        var articles = Set<String>()
        var documents: [UInt32] = []
        for i in 0..<first.size where documents.count < ranking.feedbackDocuments {
            if articles.insert(try first.getValue(i, slot: IndexSchema.articleKeySlot)).inserted {
                documents.append(try first.getDocid(i))
            }
        }
        guard !documents.isEmpty, min(first.size, ranking.feedbackDepth) > 1, try first.getWeight(0) > 0 else { return [] }
        let eset = try wordESet(enquire, documents: documents, count: ranking.feedbackTerms,
                                minDocuments: ranking.feedbackMinDocuments)
        guard let best = eset.first?.weight, best > 0 else { return [] }
        return eset.map { (term: $0.term, scale: ranking.feedbackWeight * $0.weight / best) }
    }
}
