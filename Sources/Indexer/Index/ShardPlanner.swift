/// Decides, one walked item at a time, what changed since one shard's
/// records: the shard's thread plans the items routed to it as the walk
/// finds them.
struct ShardPlanner {
    private var records: [String: FileRecord]
    private var failures: [String: FailureRecord]
    /// Files earlier builds stopped while reading (`ParseJournal`).
    private let stoppedOn: [String: ParseJournal.Entry]
    private(set) var filesSeen = 0
    private(set) var unchanged = 0
    private(set) var stillFailing = 0
    /// Totals of the records of unchanged files (the writer totals the rest).
    private(set) var unchangedTotals = IndexTotals()

    init(records: [String: FileRecord], failures: [String: FailureRecord], stoppedOn: [String: ParseJournal.Entry] = [:]) {
        self.records = records
        self.failures = failures
        self.stoppedOn = stoppedOn
    }

    /// The task for `item`, or nil when it needs no work; takes the item's
    /// records out of those left to plan.
    mutating func plan(_ item: CorpusItem) -> ShardTask? {
        switch item {
        case .entry(let entry):
            filesSeen += 1
            let old = records.removeValue(forKey: entry.relativePath)
            let failure = failures.removeValue(forKey: entry.relativePath)
            if let old, old.size == entry.size, old.mtimeNs == entry.mtimeNs {
                unchanged += 1
                unchangedTotals.add(old)
                return nil
            } else if old == nil, let failure, failure.size == entry.size, failure.mtimeNs == entry.mtimeNs {
                stillFailing += 1
                return nil
            } else if let stopped = stoppedOn[entry.relativePath], stopped.names(entry), stopped.strikes >= ParseJournal.strikesToPoison {
                return .fail(FailureRecord(path: entry.relativePath, size: entry.size, mtimeNs: entry.mtimeNs, reason: .poisoned), old: old)
            }
            return .index(entry, old: old, failedBefore: failure != nil)
        case .skipped(let path, let reason, let size, let mtimeNs):
            let old = records.removeValue(forKey: path)
            let failure = failures.removeValue(forKey: path)
            if old == nil, let failure, failure.tag == reason.tag, failure.mtimeNs == mtimeNs {
                stillFailing += 1
                return nil
            }
            return .fail(FailureRecord(path: path, size: size, mtimeNs: mtimeNs, reason: reason), old: old)
        }
    }

    /// After the walk: the tasks for the files and failures that the walk
    /// did not see, in path order.
    mutating func leftovers() -> [ShardTask] {
        let removals = records.values.sorted { $0.path < $1.path }.map { ShardTask.remove($0) }
        let forgotten = failures.keys.sorted().map { ShardTask.forgetFailure($0) }
        records = [:]
        failures = [:]
        return removals + forgotten
    }
}
