import Foundation

extension SearchSession {
    /// Articles collapsed to their best passage page the results; then each
    /// article's best passages (`perArticle`, default 3) are fetched under it,
    /// for the whole page in one search (filtered to its articles, collapsed to
    /// that many per article): one search per article cost 16 s for a page of
    /// 1,000 articles and a query with a wildcard.
    func runGrouped(_ request: SearchRequest) throws -> GroupedResults {
        let started = DispatchTime.now().uptimeNanoseconds
        let parsed = try parse(request)
        var articles = request
        articles.perArticle = 1
        // Counted exactly, so the number of articles and the pages are right.
        let page = try run(articles, query: parsed, exactCount: true)
        let passages = try passages(of: page.hits, request: request, parsed: parsed)
        let groups = page.hits.map { hit in
            let hits = passages[hit.passage.path, default: []].enumerated().map { position, passage in
                var ranked = passage
                ranked.rank = position + 1
                return ranked
            }
            return ArticleGroup(rank: hit.rank, path: hit.passage.path, title: hit.passage.title, hits: hits)
        }
        return GroupedResults(query: request.query, estimatedArticles: page.estimatedTotal, groups: groups,
                              syntaxError: parsed.syntaxError, suggestion: parsed.suggestion, searchedQuery: parsed.searched,
                              tookMicroseconds: Int((DispatchTime.now().uptimeNanoseconds - started) / 1000),
                              notes: page.notes)
    }

    /// The best passages of each article of `articles`, by path, in rank order.
    private func passages(of articles: [SearchHit], request: SearchRequest, parsed: Parsed) throws -> [String: [SearchHit]] {
        let filters = try articles.map { try Query(valueFilter: $0.passage.path, slot: IndexSchema.pathSlot) }
        guard let filter = try Query.combine(.or, filters) else { return [:] }
        var within = request
        within.offset = 0
        within.perArticle = request.perArticle == 0 ? 3 : request.perArticle
        within.limit = articles.count * within.perArticle
        within.facets = false
        var only = Parsed(query: try Query(.filter, parsed.query, filter))
        only.wildcards = parsed.wildcards
        return Dictionary(grouping: try run(within, query: only, feedback: false).hits, by: \.passage.path)
    }

    /// Relevance feedback from one passage: its ESet's best terms, ORed,
    /// searched without the passage itself.
    func runSimilar(to id: String, request: SearchRequest, terms count: Int = 12) throws -> SimilarResults? {
        guard let hash = id.lastIndex(of: "#"), let number = Int(id[id.index(after: hash)...]) else { return nil }
        let unique = IndexSchema.uniqueTerm(path: String(id[..<hash]), passage: number)
        guard let docid = try database.firstDocid(term: unique) else { return nil }
        let enquire = try Enquire(database)
        let eset = try wordESet(enquire, documents: [docid], count: count)
        let expanded = try Query.combine(.or, eset.map { try Query(term: $0.term) })
        let source = try sourcePassage(unique)
        guard let expanded, let source else { return nil }
        let query = try Query(.andNot, expanded, try Query(term: unique))
        var results = try run(request, query: Parsed(query: query), feedback: false)
        results.searchedQuery = eset.map { IndexSchema.displayName(ofTerm: $0.term) }.joined(separator: " ")
        return SimilarResults(source: source, terms: eset.map { IndexSchema.displayName(ofTerm: $0.term) }, results: results)
    }

    private func sourcePassage(_ uniqueTerm: String) throws -> StoredPassage? {
        let enquire = try Enquire(database)
        try enquire.setQuery(try Query(term: uniqueTerm))
        let mset = try enquire.getMSet(first: 0, maxItems: 1)
        return mset.size == 0 ? nil : StoredPassage(decoding: try mset.getDocumentData(0))
    }
}
