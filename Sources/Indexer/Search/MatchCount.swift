/// How many passages and articles a query matches, counted over the whole index.
public struct MatchCount: Sendable, Equatable {
    public var passages: Int
    public var articles: Int
    /// Stories: clusters of near-identical articles, and articles that have none.
    public var stories = 0
    /// What `QueryLimits` changed (a count cut short by the time limit is an estimate).
    public var notes: [QueryNote] = []
}
