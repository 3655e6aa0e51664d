import Foundation

/// One worker thread per shard, each fed through a bounded queue: the build
/// hands tasks over as the corpus walk finds them, and holds no more than a
/// queue's worth per shard however large the corpus is.
final class ShardPool: @unchecked Sendable {
    /// Tasks a shard's queue holds before the planner waits for its worker.
    static let queueCapacity = 256
    private let queues: [BoundedQueue<ShardTask>]
    private let outcomes: ShardOutcomes
    private let done = DispatchGroup()

    /// Starts a worker thread for each of `workers`.
    init(_ workers: [ShardWorker]) {
        queues = workers.map { _ in BoundedQueue(capacity: Self.queueCapacity) }
        outcomes = ShardOutcomes(count: workers.count)
        for (shard, worker) in workers.enumerated() {
            done.enter()
            let queue = queues[shard]
            let thread = Thread { [outcomes, done] in
                outcomes[shard] = worker.run(queue)
                done.leave()
            }
            // As much stack as the main thread has: parsers recurse.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Hands `task` to shard `shard`'s worker, waiting while its queue is full.
    func push(_ task: ShardTask, to shard: Int) {
        queues[shard].push(task)
    }

    /// Closes the queues and waits for every worker to finish its tasks.
    func finish() -> [ShardOutcome] {
        for queue in queues { queue.close() }
        done.wait()
        return outcomes.all
    }
}
