/// The `search --group --json` object (`schemas/grouped.schema.json`): a page
/// of articles, each with its passages.
public struct GroupedJSON: Encodable, Sendable, FreshnessFields {
    public struct Group: Encodable, Sendable {
        public var rank: Int
        /// The article's own id: its path, or `path:line` in a JSON Lines file.
        public var id: String
        public var path: String
        public var absolutePath: String?
        /// The line of a JSON Lines file that holds the article.
        public var line: Int?
        public var title: String
        public var results: [ResultJSON]
        /// The story cluster, when the article has near-duplicates.
        public var story: String?
        /// The story's other matching copies (their best passages).
        public var duplicates: Duplicates?
    }

    public var formatVersion = JSONOutput.formatVersion
    public var query: String
    /// The number of matching articles.
    public var estimatedArticles: Int
    public var syntaxError: String?
    public var suggestion: String?
    public var searchedQuery: String?
    public var tookUs: Int
    /// What the query limits changed (absent when nothing).
    public var notes: [String]?
    /// A front index's remote shards that did not answer (`--allow-partial`; absent when none).
    public var missingShards: [MissingShard]?
    public var facets: Facets?
    public var corpus: String?
    public var groups: [Group]

    /// When the index's last build started (ISO 8601), its generation and build sequence.
    public var indexBuiltAt: String?
    public var indexGeneration: String?
    public var buildSequence: Int?

    public init(_ r: GroupedResults) {
        query = r.query
        estimatedArticles = r.estimatedArticles
        syntaxError = r.syntaxError
        suggestion = r.suggestion
        searchedQuery = r.searchedQuery
        tookUs = r.tookMicroseconds
        notes = r.notes.isEmpty ? nil : r.notes.map(\.description)
        missingShards = r.missingShards.isEmpty ? nil : r.missingShards
        facets = r.facets
        corpus = r.corpus
        groups = r.groups.map {
            Group(rank: $0.rank, id: $0.id, path: $0.path,
                  absolutePath: JSONOutput.absolutePath(corpus: r.corpus, path: $0.path),
                  line: $0.locator.flatMap { Int($0) }, title: $0.title,
                  results: $0.hits.map { ResultJSON($0, corpus: r.corpus) }, story: $0.story, duplicates: $0.duplicates)
        }
    }

    public func encoded() throws -> String {
        try JSONOutput.encode(self)
    }
}
