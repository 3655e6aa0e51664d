/// One search: the query text and how to page and group its results.
public struct SearchRequest: Sendable {
    public var query: String
    public var limit = 10
    public var offset = 0
    /// At most this many passages per article; 0 lifts the limit.
    public var perArticle = 2
    /// Snippet length in characters.
    public var snippetLength = 200
    /// Relevance (the default), or publication date, newest first.
    public var sort: SearchSort = .relevance

    public init(query: String, limit: Int = 10, offset: Int = 0, perArticle: Int = 2) {
        self.query = query
        self.limit = limit
        self.offset = offset
        self.perArticle = perArticle
    }
}
