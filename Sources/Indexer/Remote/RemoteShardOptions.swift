/// How a front index reaches its remote shards (`Searcher`'s `remote:`).
public struct RemoteShardOptions: Sendable, Equatable {
    /// With a shard that does not answer, search the others and say which is
    /// missing (`Searcher.missingShards`, `SearchResults.missingShards`), rather
    /// than fail with `SearchError.remoteShardDown`. A missing shard is tried
    /// again before each search, so a restarted server is back in the next one.
    public var allowPartial = false
    /// Seconds each message to a shard may take (then `NetworkTimeoutError`).
    public var timeout = 10.0
    /// Seconds connecting to a shard may take.
    public var connectTimeout = 10.0

    public init(allowPartial: Bool = false, timeout: Double = 10, connectTimeout: Double = 10) {
        self.allowPartial = allowPartial
        self.timeout = timeout
        self.connectTimeout = connectTimeout
    }

    public static let standard = RemoteShardOptions()
}
