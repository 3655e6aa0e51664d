import Foundation

/// One worker thread per shard, fed through `ShardQueues`: the build hands
/// tasks over as the corpus walk finds them, and holds about a queue's worth
/// per shard however large the corpus is.
final class ShardPool: @unchecked Sendable {
    /// Tasks each shard's queue holds before the planner waits for the workers.
    static let queueCapacity = 256
    private let queues: ShardQueues
    private let outcomes: ShardOutcomes
    private let done = DispatchGroup()

    /// Starts a worker thread for each of `workers`.
    init(_ workers: [ShardWorker]) {
        queues = ShardQueues(shards: workers.count, capacity: Self.queueCapacity)
        outcomes = ShardOutcomes(count: workers.count)
        for (shard, worker) in workers.enumerated() {
            done.enter()
            let thread = Thread { [queues, outcomes, done] in
                outcomes[shard] = worker.run { queues.pop(shard) }
                done.leave()
            }
            // As much stack as the main thread has: parsers recurse.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Hands `task` to shard `shard`'s worker, waiting while every queue is full.
    func push(_ task: ShardTask, to shard: Int) {
        queues.push(task, to: shard)
    }

    /// Closes the queues and waits for every worker to finish its tasks.
    func finish() -> [ShardOutcome] {
        queues.close()
        done.wait()
        return outcomes.all
    }
}
