/// Decides, one walked item at a time, what changed since the records of the
/// item's shard, so the tasks can go to the shard workers as the walk finds
/// them instead of after it.
struct BuildPlanner {
    let router: ShardRouter
    private var records: [[String: FileRecord]]
    private var failures: [[String: FailureRecord]]
    private(set) var filesSeen = 0
    private(set) var unchanged = 0
    private(set) var stillFailing = 0
    /// Totals of the records of unchanged files (the workers total the rest).
    private(set) var unchangedTotals = IndexTotals()

    init(records: [[String: FileRecord]], failures: [[String: FailureRecord]]) {
        router = ShardRouter(shardCount: records.count)
        self.records = records
        self.failures = failures
    }

    /// The shard and task for `item`, or nil when it needs no work; takes
    /// the item's records out of those left to plan.
    mutating func plan(_ item: CorpusItem) -> (shard: Int, task: ShardTask)? {
        switch item {
        case .entry(let entry):
            filesSeen += 1
            let shard = router.shard(for: entry.relativePath)
            let old = records[shard].removeValue(forKey: entry.relativePath)
            let failure = failures[shard].removeValue(forKey: entry.relativePath)
            if let old, old.size == entry.size, old.mtimeNs == entry.mtimeNs {
                unchanged += 1
                unchangedTotals.add(old)
                return nil
            } else if old == nil, let failure, failure.size == entry.size, failure.mtimeNs == entry.mtimeNs {
                stillFailing += 1
                return nil
            }
            return (shard, .index(entry, old: old, failedBefore: failure != nil))
        case .skipped(let path, let reason, let size, let mtimeNs):
            let shard = router.shard(for: path)
            let old = records[shard].removeValue(forKey: path)
            let failure = failures[shard].removeValue(forKey: path)
            if old == nil, let failure, failure.tag == reason.tag, failure.mtimeNs == mtimeNs {
                stillFailing += 1
                return nil
            }
            return (shard, .fail(FailureRecord(path: path, size: size, mtimeNs: mtimeNs, reason: reason), old: old))
        }
    }

    /// Whether `item` would be read and indexed, without planning it (to
    /// count the files a progress bar is to expect).
    func wouldIndex(_ item: CorpusItem) -> Bool {
        guard case .entry(let entry) = item else { return false }
        let shard = router.shard(for: entry.relativePath)
        if let old = records[shard][entry.relativePath] { return old.size != entry.size || old.mtimeNs != entry.mtimeNs }
        if let failure = failures[shard][entry.relativePath] { return failure.size != entry.size || failure.mtimeNs != entry.mtimeNs }
        return true
    }

    /// After the walk: the tasks for shard `shard`'s files and failures that
    /// the walk did not see, in path order.
    mutating func leftovers(shard: Int) -> [ShardTask] {
        let removals = records[shard].values.sorted { $0.path < $1.path }.map { ShardTask.remove($0) }
        let forgotten = failures[shard].keys.sorted().map { ShardTask.forgetFailure($0) }
        records[shard] = [:]
        failures[shard] = [:]
        return removals + forgotten
    }
}
