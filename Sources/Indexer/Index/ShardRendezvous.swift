import Foundation

/// A meeting point of the build's shard threads and its coordinator: each
/// shard arrives with a report and waits; the coordinator gathers every
/// report, then decides for all of them at once.
final class ShardRendezvous<Report: Sendable, Decision: Sendable>: @unchecked Sendable {
    // Guarded by `condition`.
    private var reports: [Report?]
    private var decision: Decision?
    private let condition = NSCondition()

    init(shards: Int) { reports = Array(repeating: nil, count: shards) }

    /// Shard side: hands over `report`, then waits for the decision.
    func arrive(_ shard: Int, _ report: Report) -> Decision {
        condition.lock()
        defer { condition.unlock() }
        reports[shard] = report
        condition.broadcast()
        while decision == nil { condition.wait() }
        return decision!
    }

    /// Coordinator side: every shard's report, once all have arrived.
    func gather() -> [Report] {
        condition.lock()
        defer { condition.unlock() }
        while reports.contains(where: { $0 == nil }) { condition.wait() }
        return reports.map { $0! }
    }

    /// Releases every shard waiting here, and every one still to come. Only
    /// the first decision counts.
    func decide(_ decision: Decision) {
        condition.withLock {
            if self.decision == nil { self.decision = decision }
            condition.broadcast()
        }
    }
}
