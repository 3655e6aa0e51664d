/// Counts over the whole match set (not only the page shown).
public struct Facets: Sendable, Equatable, Codable {
    public struct Count: Sendable, Equatable, Codable {
        public var value: String
        public var count: Int
        /// For articles: the article's title.
        public var title: String?
    }

    /// How many articles and stories match: a story is a cluster of
    /// near-identical articles, or an article that has none.
    public struct Totals: Sendable, Equatable, Codable {
        public var articles: Int
        public var stories: Int
    }

    public var kinds: [Count] = []
    public var sections: [Count] = []
    public var credits: [Count] = []
    /// The articles with the most matching passages (`value` is the article's id:
    /// its path, or `path:line` for an article of a JSON Lines file).
    public var articles: [Count] = []
    public var totals = Totals(articles: 0, stories: 0)
}
