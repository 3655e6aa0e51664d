import Foundation

extension SearchSession {
    /// Articles collapsed to their best passage page the results; then each
    /// article's best passages (`perArticle`, default 3) are fetched under it.
    func runGrouped(_ request: SearchRequest) throws -> GroupedResults {
        let started = DispatchTime.now().uptimeNanoseconds
        let parsed = try parse(request)
        var articles = request
        articles.perArticle = 1
        // Counted exactly, so the number of articles and the pages are right.
        let page = try run(articles, query: parsed, exactCount: true)
        var groups: [ArticleGroup] = []
        for hit in page.hits {
            var within = request
            within.offset = 0
            within.limit = request.perArticle == 0 ? 3 : request.perArticle
            within.perArticle = 0
            let filter = try Query(filterTerm: IndexSchema.fileTerm(path: hit.passage.path))
            var only = Parsed(query: try Query(.filter, parsed.query, filter))
            only.wildcards = parsed.wildcards
            let passages = try run(within, query: only, feedback: false)
            groups.append(ArticleGroup(rank: hit.rank, path: hit.passage.path, title: hit.passage.title, hits: passages.hits))
        }
        return GroupedResults(query: request.query, estimatedArticles: page.estimatedTotal, groups: groups,
                              syntaxError: parsed.syntaxError, suggestion: parsed.suggestion, searchedQuery: parsed.searched,
                              tookMicroseconds: Int((DispatchTime.now().uptimeNanoseconds - started) / 1000),
                              notes: page.notes)
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
