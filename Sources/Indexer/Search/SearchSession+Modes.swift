import Foundation

extension SearchSession {
    /// Articles collapsed to their best passage page the results, each story
    /// once (`DuplicateMode.collapse`: its best article stands for it, its other
    /// copies listed); then each article's best passages (`perArticle`, default
    /// 3) are fetched under it, for the whole page in one search (filtered to its
    /// articles, collapsed to that many per article): one search per article cost
    /// 16 s for a page of 1,000 articles and a query with a wildcard.
    func runGrouped(_ request: SearchRequest) throws -> GroupedResults {
        let started = DispatchTime.now().uptimeNanoseconds
        let parsed = try parse(request)
        var articles = request
        articles.perArticle = 1
        // Counted exactly, so the number of stories (or articles) and the pages are right.
        let page = try run(articles, query: parsed, groups: true)
        let passages = try passages(of: page.hits, request: request, parsed: parsed)
        let groups = page.hits.map { hit in
            let article = IndexSchema.articlePath(hit.passage.path, locator: hit.passage.locator)
            let hits = passages[article, default: []].enumerated().map { position, passage in
                var ranked = passage
                ranked.rank = position + 1
                return ranked
            }
            return ArticleGroup(rank: hit.rank, id: article, path: hit.passage.path, locator: hit.passage.locator,
                                title: hit.passage.title, hits: hits, story: hit.story, duplicates: hit.duplicates)
        }
        let results = GroupedResults(query: request.query, estimatedArticles: page.estimatedTotal, groups: groups,
                                     syntaxError: parsed.syntaxError, suggestion: parsed.suggestion,
                                     searchedQuery: parsed.searched, facets: page.facets, corpus: corpus,
                                     tookMicroseconds: Int((DispatchTime.now().uptimeNanoseconds - started) / 1000),
                                     notes: page.notes)
        return results
    }

    /// The best passages of each article of `articles` (all of them with
    /// `perArticle` 0), by article id (`path`, or `path:locator`), in rank order.
    /// An article of a multi-article file is its file's passages with its collapse key.
    private func passages(of articles: [SearchHit], request: SearchRequest, parsed: Parsed) throws -> [String: [SearchHit]] {
        let filters = try articles.map { hit -> Query in
            let file = try Query(valueFilter: hit.passage.path, slot: IndexSchema.pathSlot)
            guard hit.passage.locator != nil else { return file }
            let key = IndexSchema.articleKey(path: IndexSchema.articlePath(hit.passage.path, locator: hit.passage.locator))
            return try Query(.filter, file, try Query(slot: IndexSchema.articleKeySlot, equals: key))
        }
        guard let filter = try Query.combine(.or, filters) else { return [:] }
        var within = request
        within.offset = 0
        if request.perArticle == 0 {
            // No limit: as many as the articles' files have passages.
            let files = Set(articles.map(\.passage.path))
            within.limit = try files.reduce(0) { $0 + (try database.getTermfreq(IndexSchema.fileTerm(path: $1))) }
        } else {
            within.limit = articles.count * request.perArticle
        }
        within.facets = false
        // The groups are chosen: their passages are shown as they are.
        within.duplicates = .show
        var only = Parsed(query: try Query(.filter, parsed.query, filter))
        only.wildcards = parsed.wildcards
        return Dictionary(grouping: try run(within, query: only, feedback: false).hits) {
            IndexSchema.articlePath($0.passage.path, locator: $0.passage.locator)
        }
    }
}
