import Foundation

/// How fresh an answer is: when the index's last build ran, its generation
/// and build sequence, and how many watches it holds. Read from the first
/// shard's metadata (three lookups), no corpus scan.
public struct IndexFreshness: Sendable, Equatable {
    /// When the last completed build started (seconds since 1970), when recorded.
    public var builtAt: Double?
    /// The live generation (`gen-3`), or nil for an index built in place.
    public var generation: String?
    public var sequence: Int
    public var watches: Int
    /// A front index: how many of its remote shards recorded a build (one per
    /// shard machine's index); `builtAt` is the oldest of them. 0 for a local index.
    public var remoteBuilds = 0
}
