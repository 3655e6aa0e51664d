import Foundation

/// Collects each shard worker's outcome across threads.
final class ShardOutcomes: @unchecked Sendable {
    private var outcomes: [ShardOutcome]
    private let lock = NSLock()

    init(count: Int) { outcomes = Array(repeating: ShardOutcome(), count: count) }

    subscript(shard: Int) -> ShardOutcome {
        get { lock.withLock { outcomes[shard] } }
        set { lock.withLock { outcomes[shard] = newValue } }
    }

    var all: [ShardOutcome] { lock.withLock { outcomes } }
}
