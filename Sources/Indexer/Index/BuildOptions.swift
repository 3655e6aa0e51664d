/// Settings of one `IndexBuilder.build` run, with the documented defaults.
public struct BuildOptions: Sendable {
    /// Rebuild from scratch beside the live index, then swap it in.
    public var full = false
    /// Seconds to wait for another build's lock (0: fail at once with `.busy`).
    public var waitForLock: Double = 0
    /// Stemming language of a new index; nil keeps the index's own (english when new).
    public var language: String?
    /// Number of shard databases of a new index; nil means one per core (at most 8).
    public var shards: Int?
    /// Passages written per shard between commits.
    public var batchSize = 2_000
    /// Files larger than this are skipped.
    public var maxFileSize: Int64 = 16 << 20
    public var followSymlinks = false
    /// Synonym groups to store in the index; nil keeps the index's own
    /// (a new index gets `SynonymTable.newsDefault`).
    public var synonyms: SynonymTable?
    /// For tests: kill the process with SIGKILL at the Nth checkpoint.
    public var crashAt: Int?
    /// For tests: runs after a file's bytes are read, before it is checked again.
    public var afterRead: (@Sendable (String) -> Void)?

    public init() {}
}
