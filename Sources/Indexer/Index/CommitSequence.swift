import Foundation

/// The shards' last commits, one after another in shard order: a shard
/// commits only once every shard before it has, so a build whose first
/// final commit fails changes nothing at all. (Xapian commits each shard on
/// its own: a failure in a later shard's commit leaves the earlier ones
/// committed, each shard consistent.)
final class CommitSequence: @unchecked Sendable {
    // Guarded by `condition`.
    private var next = 0
    private var failed = false
    private let condition = NSCondition()

    /// Waits for shard `shard`'s turn; false when an earlier shard failed.
    func awaitTurn(_ shard: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while next < shard && !failed { condition.wait() }
        return !failed
    }

    /// Shard `shard` committed (or, with `ok` false, did not): the next may go.
    func finished(_ shard: Int, ok: Bool) {
        condition.withLock {
            if !ok { failed = true }
            next = max(next, shard + 1)
            condition.broadcast()
        }
    }
}
