/// The JSON API's answers, apart from HTTP: each endpoint's parameters
/// checked (`APIQuery`), the search run on one of the pool's threads, and the
/// result encoded by the command line's own JSON types (`Output/`), so the
/// API's objects are those of `search --json`, `similar --json` and
/// `index status --json`, with the same schemas.
public struct SearchAPI: Sendable {
    public static let searchParameters: Set<String> = [
        "q", "limit", "offset", "per_article", "sort", "group", "facets", "feedback", "explain", "correct", "synonyms",
        "duplicates",
    ]
    public static let similarParameters: Set<String> = ["id", "limit", "per_article"]

    let pool: SearcherPool
    let limits: ServeLimits
    let index: String

    public init(pool: SearcherPool, limits: ServeLimits, index: String) {
        self.pool = pool
        self.limits = limits
        self.index = index
    }

    /// `GET /api/search`: the object of `search --json` (or of `search --group --json`).
    public func search(_ query: String?) async throws -> String {
        let parameters = try APIQuery(FormQuery.pairs(query), allowed: Self.searchParameters)
        let group = try parameters.flag("group", default: false)
        var request = SearchRequest(
            query: try parameters.required("q", maxCharacters: limits.queryCharacters),
            limit: try parameters.integer("limit", in: limits.pageSize, default: 10),
            offset: try parameters.integer("offset", in: limits.offset, default: 0),
            perArticle: try parameters.integer("per_article", in: limits.perArticle, default: group ? 3 : 2))
        request.sort = try parameters.choice("sort", default: SearchSort.relevance)
        request.facets = try parameters.flag("facets", default: false)
        request.feedback = try parameters.flag("feedback", default: true)
        request.explain = try parameters.flag("explain", default: false)
        request.correctSpelling = try parameters.flag("correct", default: false)
        request.expandSynonyms = try parameters.flag("synonyms", default: false)
        request.duplicates = try parameters.choice("duplicates", default: DuplicateMode.collapse)
        let search = request
        if group {
            return try await pool.run { searcher in try GroupedJSON(searcher.searchGrouped(search)).with(searcher.freshness()).encoded() }
        }
        return try await pool.run { searcher in try SearchJSON(searcher.search(search)).with(searcher.freshness()).encoded() }
    }

    /// `GET /api/similar?id=PATH%23N`: the object of `similar --json`.
    public func similar(_ query: String?) async throws -> String {
        let parameters = try APIQuery(FormQuery.pairs(query), allowed: Self.similarParameters)
        let id = try parameters.required("id", maxCharacters: limits.queryCharacters)
        let request = SearchRequest(
            query: id,
            limit: try parameters.integer("limit", in: limits.pageSize, default: 10),
            perArticle: try parameters.integer("per_article", in: limits.perArticle, default: 2))
        return try await pool.run { searcher in try SearchJSON(searcher.similar(to: id, request: request)).encoded() }
    }

    /// `GET /feeds/NAME.atom`: the Atom feed of `watch feed NAME`.
    public func feed(file: String, query: String?) async throws -> String {
        _ = try APIQuery(FormQuery.pairs(query), allowed: [])
        guard file.hasSuffix(".atom") else { throw APIError(status: 404, "no such feed: feeds are /feeds/NAME.atom") }
        let name = String(file.dropLast(5))
        let index = index
        return try await pool.run { searcher in
            do {
                return try WatchFeed(store: WatchStore(index: index), name: name, searcher: searcher).atom()
            } catch let error as WatchError {
                throw APIError(status: 404, error.description)
            }
        }
    }

    /// `GET /api/status`: the object of `index status --json`.
    public func status(_ query: String?) async throws -> String {
        _ = try APIQuery(FormQuery.pairs(query), allowed: [])
        let index = index
        return try await pool.perform { try JSONOutput.encode(StatusJSON(IndexStatus.load(index: index))) }
    }
}
