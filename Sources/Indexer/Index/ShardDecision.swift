/// What the build's coordinator tells the shards at a rendezvous.
enum ShardDecision: Sendable {
    /// Go on to the next phase (after planning: write the planned changes).
    case proceed
    /// Set this metadata in the open batch and commit it (the build's last
    /// step); the first shard also sets `firstShard` (the watches).
    case commit(metadata: [String: String], firstShard: [String: String] = [:])
    /// Discard the open batch and stop.
    case abort
}
