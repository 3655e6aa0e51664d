import Foundation

/// One thread per shard, each running its `ShardBuild` from opening the
/// shard to its last commit, fed the walked items through `ShardQueues`:
/// the walk hands items over as it finds them, and a queue's worth per
/// shard is held however large the corpus is.
///
/// The coordinator meets the threads at the two rendezvous (`plans`,
/// `outcomes`) and must decide each; `stop()` decides whatever is left
/// undecided (abort) and waits for the threads, on every path.
final class ShardPool: Sendable {
    /// Chunks each shard's queue holds before the walk waits for the threads.
    static let queueCapacity = 4
    /// Walked items handed over at once.
    static let chunkSize = 128
    private let queues: ShardQueues
    private let results: ShardOutcomes
    private let planned: ShardRendezvous<ShardPlanReport, ShardDecision>
    private let written: ShardRendezvous<ShardOutcome, ShardDecision>
    private let done = DispatchGroup()

    /// Starts a thread for each shard; `make` builds shard k's job around
    /// the two rendezvous and the order of the last commits.
    init(shards: Int, _ make: (Int, ShardRendezvous<ShardPlanReport, ShardDecision>, ShardRendezvous<ShardOutcome, ShardDecision>, CommitSequence) -> ShardBuild) {
        queues = ShardQueues(shards: shards, capacity: Self.queueCapacity)
        results = ShardOutcomes(count: shards)
        planned = ShardRendezvous(shards: shards)
        written = ShardRendezvous(shards: shards)
        let commits = CommitSequence()
        for shard in 0..<shards {
            let build = make(shard, planned, written, commits)
            done.enter()
            let thread = Thread { [queues, results, done] in
                var chunk: [CorpusItem] = []
                var next = 0
                results[shard] = build.run {
                    if next == chunk.count {
                        guard let more = queues.pop(shard) else { return nil }
                        (chunk, next) = (more, 0)
                    }
                    next += 1
                    return chunk[next - 1]
                }
                done.leave()
            }
            // As much stack as the main thread has: parsers recurse.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Hands `items` to shard `shard`, waiting while every queue is full.
    func push(_ items: [CorpusItem], to shard: Int) {
        queues.push(items, to: shard)
    }

    /// Ends the walk: no more items.
    func endOfWalk() { queues.close() }

    /// Every shard's plan (incremental builds), once all have planned.
    func plans() -> [ShardPlanReport] { planned.gather() }

    func decidePlans(_ decision: ShardDecision) { planned.decide(decision) }

    /// Every shard's outcome, its last batch still open.
    func outcomes() -> [ShardOutcome] { written.gather() }

    func decideOutcomes(_ decision: ShardDecision) { written.decide(decision) }

    /// Aborts whatever is undecided, and waits for every thread to end:
    /// their final outcomes (with any commit error).
    @discardableResult
    func stop() -> [ShardOutcome] {
        queues.close()
        planned.decide(.abort)
        written.decide(.abort)
        done.wait()
        return results.all
    }
}
