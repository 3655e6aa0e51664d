import Foundation

/// First-in first-out queues of walked items, in chunks, from one producer
/// (the corpus walk) to one thread per shard, under one lock. Chunks, not
/// single items: a no-change run hands over every file of the corpus, and
/// a wake-up per file cost more than the walk.
///
/// The producer waits only while every shard has `capacity` tasks queued:
/// files go to shards by a hash of their path, so one shard's share runs
/// ahead of another's by about the square root of the files walked, and a
/// producer that waited on the fuller shard alone would leave the other
/// worker idle. What is held is thus `capacity` per shard plus that excess.
final class ShardQueues: @unchecked Sendable {
    private var queues: [[[CorpusItem]]]
    /// Index of each queue's first task not yet taken.
    private var heads: [Int]
    private let capacity: Int
    private var closed = false
    private let condition = NSCondition()

    init(shards: Int, capacity: Int) {
        queues = Array(repeating: [], count: shards)
        heads = Array(repeating: 0, count: shards)
        self.capacity = max(1, capacity)
    }

    /// Appends `item` to shard `shard`'s queue, then waits while every shard has a full queue.
    func push(_ item: [CorpusItem], to shard: Int) {
        condition.lock()
        defer { condition.unlock() }
        queues[shard].append(item)
        condition.broadcast()
        while queues.indices.allSatisfy({ queues[$0].count - heads[$0] >= capacity }) { condition.wait() }
    }

    /// No more tasks will be pushed.
    func close() {
        condition.withLock {
            closed = true
            condition.broadcast()
        }
    }

    /// Shard `shard`'s next item, waiting for one; nil once closed and empty.
    func pop(_ shard: Int) -> [CorpusItem]? {
        condition.lock()
        defer { condition.unlock() }
        while heads[shard] == queues[shard].count && !closed { condition.wait() }
        guard heads[shard] < queues[shard].count else { return nil }
        let item = queues[shard][heads[shard]]
        heads[shard] += 1
        if heads[shard] == queues[shard].count {
            queues[shard].removeAll(keepingCapacity: true)
            heads[shard] = 0
        } else if heads[shard] >= 1024 && heads[shard] * 2 >= queues[shard].count {
            queues[shard].removeFirst(heads[shard])
            heads[shard] = 0
        }
        condition.broadcast()
        return item
    }
}
