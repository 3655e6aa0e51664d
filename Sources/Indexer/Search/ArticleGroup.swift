/// `--group`: one article, ranked by its best passage, with its best passages.
public struct ArticleGroup: Sendable {
    public var rank: Int
    public var path: String
    public var title: String
    public var hits: [SearchHit]
}

/// The answer to a grouped search: a page of articles.
public struct GroupedResults: Sendable {
    public var query: String
    /// Xapian's estimate of the matching articles.
    public var estimatedArticles: Int
    public var groups: [ArticleGroup]
    public var syntaxError: String?
    public var suggestion: String?
    public var searchedQuery: String?
    public var tookMicroseconds: Int
    /// What `QueryLimits` changed, one line each.
    public var notes: [QueryNote] = []
}
