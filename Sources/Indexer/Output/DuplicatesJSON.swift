/// The `duplicates --json` object (`schemas/duplicates.schema.json`): the
/// index's story clusters, largest first.
public struct DuplicatesJSON: Encodable, Sendable {
    public struct Article: Encodable, Sendable {
        /// As search names it: the path, or `path:line` in a JSON Lines file.
        public var article: String
        public var path: String
        public var absolutePath: String?
        public var line: Int?
        public var title: String
        public var date: String?
    }

    public struct Cluster: Encodable, Sendable {
        public var id: String
        public var size: Int
        public var articles: [Article]
    }

    public var formatVersion = JSONOutput.formatVersion
    public var index: String
    /// The similarity the stories were clustered with, or "off".
    public var threshold: String
    /// How many clusters are listed, and their articles in all.
    public var stories: Int
    public var articles: Int
    public var clusters: [Cluster]

    public init(_ clusters: [StoryCluster], index: String, threshold: DuplicateThreshold?, corpus: String?) {
        self.index = index
        self.threshold = threshold?.description ?? "off"
        stories = clusters.count
        articles = clusters.reduce(0) { $0 + $1.size }
        self.clusters = clusters.map { cluster in
            Cluster(id: cluster.id, size: cluster.size, articles: cluster.articles.map {
                Article(article: $0.article, path: $0.path, absolutePath: JSONOutput.absolutePath(corpus: corpus, path: $0.path),
                        line: $0.locator.flatMap { Int($0) }, title: $0.title, date: $0.date)
            })
        }
    }

    public func encoded() throws -> String { try JSONOutput.encode(self) }
}
