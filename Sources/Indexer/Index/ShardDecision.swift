/// What the build's coordinator tells the shards at a rendezvous.
enum ShardDecision: Sendable {
    /// Go on to the next phase (after planning: write the planned changes).
    case proceed
    /// Set this metadata in the open batch and commit it (the build's last
    /// step); the first shard also sets `firstShard` (the watches), and
    /// shard k gives its articles the stories of `stories[k]`.
    case commit(metadata: [String: String], firstShard: [String: String] = [:], stories: [[StoryAssignment]] = [])
    /// Discard the open batch and stop.
    case abort
}
