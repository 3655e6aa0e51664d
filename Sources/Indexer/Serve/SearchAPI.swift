/// The JSON API's answers, apart from HTTP: each endpoint's parameters
/// checked (`APIQuery`), the search run on one of the pool's threads, and the
/// result encoded as the command line encodes it.
public struct SearchAPI: Sendable {
    public static let searchParameters: Set<String> = [
        "q", "limit", "offset", "per_article", "sort", "group", "facets", "feedback", "explain", "correct", "synonyms",
    ]
    public static let similarParameters: Set<String> = ["id", "limit", "per_article"]

    let pool: SearcherPool
    let encoders: ResponseEncoders
    let limits: ServeLimits
    let index: String

    public init(pool: SearcherPool, encoders: ResponseEncoders, limits: ServeLimits, index: String) {
        self.pool = pool
        self.encoders = encoders
        self.limits = limits
        self.index = index
    }

    /// `GET /api/search`: the object of `search --json` (or of `search --group --json`).
    public func search(_ query: String?) async throws -> String {
        let parameters = try APIQuery(FormQuery.pairs(query), allowed: Self.searchParameters)
        let group = try parameters.flag("group", default: false)
        var request = SearchRequest(
            query: try parameters.required("q"),
            limit: try parameters.integer("limit", in: limits.pageSize, default: 10),
            offset: try parameters.integer("offset", in: limits.offset, default: 0),
            perArticle: try parameters.integer("per_article", in: limits.perArticle, default: group ? 3 : 2))
        request.sort = try parameters.choice("sort", default: SearchSort.relevance)
        request.facets = try parameters.flag("facets", default: false)
        request.feedback = try parameters.flag("feedback", default: true)
        request.explain = try parameters.flag("explain", default: false)
        request.correctSpelling = try parameters.flag("correct", default: false)
        request.expandSynonyms = try parameters.flag("synonyms", default: false)
        let (encoders, search) = (encoders, request)
        if group {
            return try await pool.run { searcher in try encoders.grouped(searcher.searchGrouped(search)) }
        }
        return try await pool.run { searcher in try encoders.search(searcher.search(search)) }
    }

    /// `GET /api/similar?id=PATH%23N`: the object of `similar --json`.
    public func similar(_ query: String?) async throws -> String {
        let parameters = try APIQuery(FormQuery.pairs(query), allowed: Self.similarParameters)
        let id = try parameters.required("id")
        let request = SearchRequest(
            query: id,
            limit: try parameters.integer("limit", in: limits.pageSize, default: 10),
            perArticle: try parameters.integer("per_article", in: limits.perArticle, default: 2))
        let encoders = encoders
        return try await pool.run { searcher in try encoders.similar(searcher.similar(to: id, request: request)) }
    }

    /// `GET /api/status`: the object of `index status --json`.
    public func status(_ query: String?) async throws -> String {
        _ = try APIQuery(FormQuery.pairs(query), allowed: [])
        let (encoders, index) = (encoders, index)
        return try await pool.perform { try encoders.status(IndexStatus.load(index: index)) }
    }
}
