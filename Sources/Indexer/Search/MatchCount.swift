/// How many passages and articles a query matches, counted over the whole index.
public struct MatchCount: Sendable, Equatable {
    public var passages: Int
    public var articles: Int
    /// What `QueryLimits` changed (a count cut short by the time limit is an estimate).
    public var notes: [QueryNote] = []
}
