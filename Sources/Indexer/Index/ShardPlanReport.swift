/// What one shard's thread planned from the walk, before writing anything.
struct ShardPlanReport: Sendable {
    /// Files the shard held before this build.
    var indexedBefore = 0
    var added: [String] = []
    /// Files whose size or mtime changed (their content may be the same).
    var changed: [String] = []
    /// Records of files the walk did not find.
    var removed: [FileRecord] = []
    var failing = 0
    var error: Error?

    init(tasks: [ShardTask], indexedBefore: Int, error: Error?) {
        self.indexedBefore = indexedBefore
        self.error = error
        for task in tasks {
            switch task {
            case .index(let entry, let old, _):
                if old == nil { added.append(entry.relativePath) } else { changed.append(entry.relativePath) }
            case .remove(let record): removed.append(record)
            case .fail: failing += 1
            case .forgetFailure: break
            }
        }
    }
}
