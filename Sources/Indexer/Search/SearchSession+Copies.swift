extension SearchSession {
    /// At most this many passages are read to count the copies of one page.
    static let maxCopyPassages = 10_000

    /// The copies folded into each of `heads`, counted over the whole match set
    /// of `query` (not from how deep the page's ranking was fetched): one search
    /// for the heads' stories, the query filtered to their `XD` terms and
    /// collapsed to one passage per article, and one for their captions, the
    /// query filtered to their caption keys (captions of clustered articles
    /// left out: their story folds them). A copy is an article other than the
    /// head's; its id is its best passage's. Nil for a head with no copy that matches.
    func copies(of heads: [StoryFold.Head], query: Query) throws -> [Duplicates?] {
        let stories = Set(heads.compactMap(\.story)).sorted()
        let captions = Set(heads.compactMap(\.captionKey)).sorted()
        var byStory: [String: [Copy]] = [:]
        if let filter = try Query.combine(.or, stories.map { try Query(term: IndexSchema.storyTerm($0)) }) {
            let passages = try stories.reduce(0) { $0 + (try database.getTermfreq(IndexSchema.storyTerm($1))) }
            for copy in try matches(try Query(.filter, query, filter), max: passages, onePerArticle: true) {
                byStory[copy.passage.story, default: []].append(copy)
            }
        }
        var byCaption: [String: [Copy]] = [:]
        if let filter = try Query.combine(.or, captions.map { try Query(slot: IndexSchema.captionKeySlot, equals: $0) }) {
            for copy in try matches(try Query(.filter, query, filter), max: Self.maxCopyPassages, onePerArticle: false)
            where copy.passage.cluster == nil {
                guard let key = copy.passage.captionKey else { continue }
                byCaption[key, default: []].append(copy)
            }
        }
        return heads.map { head in
            var articles: Set<String> = [head.article]
            let found = (head.story.flatMap { byStory[$0] } ?? []) + (head.captionKey.flatMap { byCaption[$0] } ?? [])
            let ids = found.filter { articles.insert($0.passage.article).inserted }.map(\.id)
            return ids.isEmpty ? nil : Duplicates(count: ids.count, ids: ids)
        }
    }

    /// One matching passage of a copy: its values and its id.
    private struct Copy {
        var passage: StoryFold.Passage
        var id: String
    }

    /// The matches of `query`, best first, at most `max` (one per article with `onePerArticle`).
    private func matches(_ query: Query, max: Int, onePerArticle: Bool) throws -> [Copy] {
        let enquire = try Enquire(database)
        try enquire.setQuery(query)
        try enquire.setWeightingScheme(ranking.bm25)
        if onePerArticle { try enquire.setCollapseKey(IndexSchema.articleKeySlot, max: 1) }
        let mset = try enquire.getMSet(first: 0, maxItems: min(max, Self.maxCopyPassages))
        try mset.fetch(0..<mset.size)
        return try (0..<mset.size).compactMap { i in
            guard let stored = StoredPassage(decoding: try mset.getDocumentData(i)) else { return nil }
            return Copy(passage: try foldPassage(Ranked(mset: mset, index: i)), id: stored.id)
        }
    }
}
