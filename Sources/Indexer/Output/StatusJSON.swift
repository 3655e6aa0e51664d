/// The `index status --json` object (`schemas/status.schema.json`). Times are
/// ISO 8601 strings (a file's mtime in nanoseconds would pass 2^53).
public struct StatusJSON: Encodable, Sendable {
    public struct Failure: Encodable, Sendable {
        public var path: String
        public var size: Int64
        /// The file's modification time when it failed, ISO 8601 in UTC.
        public var modified: String
        public var reason: String
        public var tag: String
    }

    /// A watch, its mark and its last check (times ISO 8601).
    public struct WatchStatus: Encodable, Sendable {
        public var name: String
        public var query: String
        public var mark: Int
        public var createdAt: String
        public var checkedAt: String?
    }

    public var formatVersion = JSONOutput.formatVersion
    public var index: String
    public var lastBuild: BuildJSON?
    public var documents: Int
    public var files: Int
    public var passages: Int
    public var captions: Int
    public var formats: [String: FormatCount]
    public var failed: [Failure]
    public var pending: IndexStatus.Pending?
    public var buildSequence: Int?
    public var watches: [WatchStatus]?
    /// A front index: its local database and its remote shards.
    public var metaDatabase: String?
    public var remotes: [RemoteShardStatus]?

    public init(_ s: IndexStatus) {
        index = s.index
        lastBuild = s.lastBuild.map { BuildJSON($0, nested: true) }
        documents = s.documents
        files = s.files
        passages = s.passages
        captions = s.captions
        formats = s.formats
        failed = s.failed.map {
            Failure(path: $0.path, size: $0.size, modified: JSONOutput.iso8601(seconds: Double($0.mtimeNs) / 1e9),
                    reason: $0.reason, tag: $0.tag)
        }
        pending = s.pending
        buildSequence = s.buildSequence
        metaDatabase = s.metaDatabase
        remotes = s.remotes
        watches = s.watches?.map {
            WatchStatus(name: $0.name, query: $0.query, mark: $0.mark, createdAt: JSONOutput.iso8601(seconds: $0.createdAt),
                        checkedAt: $0.checkedAt.map(JSONOutput.iso8601(seconds:)))
        }
    }
}
