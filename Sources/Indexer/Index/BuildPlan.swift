/// What an incremental build would do (`index build --dry-run`), planned
/// from the walk and the file records, without writing anything.
public struct BuildPlan: Sendable, Codable, Equatable {
    public struct Rename: Sendable, Codable, Equatable {
        public var from: String
        public var to: String
    }

    public var full = false
    /// Files in the index before the build.
    public var indexed = 0
    public var added: [String] = []
    /// Files whose size or modification time changed (re-read; re-indexed if their content did).
    public var changed: [String] = []
    public var renamed: [Rename] = []
    public var removed: [String] = []
    /// Files the walk refused or that cannot be read, recorded as failing.
    public var failing = 0

    public var changes: Int { added.count + changed.count + renamed.count + removed.count }

    /// The plan of the shards' reports; renames are removed files whose
    /// content (hashed by `hash`) reappears under an added path.
    init(_ reports: [ShardPlanReport], hash: (String) -> UInt64?) {
        indexed = reports.reduce(0) { $0 + $1.indexedBefore }
        changed = reports.flatMap(\.changed).sorted()
        failing = reports.reduce(0) { $0 + $1.failing }
        var removedByHash: [UInt64: [String]] = [:]
        for record in reports.flatMap(\.removed).sorted(by: { $0.path < $1.path }) { removedByHash[record.hash, default: []].append(record.path) }
        for path in reports.flatMap(\.added).sorted() {
            if !removedByHash.isEmpty, let h = hash(path), let from = removedByHash[h]?.first {
                removedByHash[h]!.removeFirst()
                if removedByHash[h]!.isEmpty { removedByHash[h] = nil }
                renamed.append(Rename(from: from, to: path))
            } else {
                added.append(path)
            }
        }
        removed = removedByHash.values.flatMap { $0 }.sorted()
    }

    /// The plan of a full rebuild: every walked file is indexed anew.
    init(fullRebuildOf indexed: Int, walked: Int, removed: [String]) {
        full = true
        self.indexed = indexed
        self.walked = walked
        self.removed = removed
    }

    /// Files a full rebuild would read and index.
    public var walked = 0

    enum CodingKeys: String, CodingKey { case full, indexed, walked, added, changed, renamed, removed, failing }
}
