/// Routes a file to a shard by a stable hash of its path, so an incremental
/// build finds a file's passages in the same shard every time.
public struct ShardRouter: Sendable {
    public let shardCount: Int

    public init(shardCount: Int) { self.shardCount = max(1, shardCount) }

    public func shard(for path: String) -> Int {
        Int(ContentHash.fnv1a(path) % UInt64(shardCount))
    }
}
