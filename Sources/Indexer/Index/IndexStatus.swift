import Foundation

/// What `index status` reports: the last build, what the index holds, the
/// files that failed, and how many files changed on disk since.
public struct IndexStatus: Sendable, Codable {
    public struct Pending: Sendable, Codable {
        public var added = 0
        public var changed = 0
        public var removed = 0
        public var total: Int { added + changed + removed }
    }

    public var index: String
    public var lastBuild: BuildSummary?
    public var documents: Int
    public var files: Int
    public var passages: Int
    public var captions: Int
    /// Files, articles, passages and captions per format.
    public var formats: [String: FormatCount] = [:]
    public var failed: [FailureRecord]
    /// Nil when the corpus of the last build is no longer there.
    public var pending: Pending?
    /// The last completed build's sequence number (watches report by it).
    public var buildSequence: Int?
    /// The saved searches, with their marks and last checks.
    public var watches: [Watch]?
    /// A front index (`index federate`): its local database (`meta-N`), and
    /// each remote shard, whether it answers and its documents.
    public var metaDatabase: String?
    public var remotes: [RemoteShardStatus]?

    enum CodingKeys: String, CodingKey {
        case index, lastBuild = "last_build", documents, files, passages, captions, formats, failed, pending
        case buildSequence = "build_sequence", watches, metaDatabase = "meta_database", remotes
    }

    /// Throws `IndexDamage` when a quick `IndexCheck` (or reading the index) finds damage.
    /// A front index's remote shards are each asked for their document count
    /// (`remote`'s timeouts); one that does not answer is shown so, not an error.
    public static func load(index: String, remote: RemoteShardOptions = .init(timeout: 5, connectTimeout: 5)) throws -> IndexStatus {
        let layout = IndexLayout(root: index)
        if let why = layout.readProblem { throw IndexError.cannotRead(layout.root, why) }
        guard layout.exists else { throw IndexError.noIndex(layout.root) }
        let check = IndexCheck.run(layout, .quick)
        if let damage = check.damage { throw damage }
        do {
            var records: [String: FileRecord] = [:]
            var failed: [FailureRecord] = []
            var lastBuild: BuildSummary?
            for shard in check.shards {
                let db = try Database(path: layout.absolute(shard))
                for (_, value) in try db.metadata(prefix: IndexSchema.fileRecordPrefix) {
                    if let record = FileRecord(decoding: value) { records[record.path] = record }
                }
                failed += try db.metadata(prefix: IndexSchema.failureRecordPrefix).compactMap { FailureRecord(decoding: $0.value) }
                let json = try db.getMetadata(IndexSchema.lastBuildKey)
                if lastBuild == nil, !json.isEmpty { lastBuild = try? JSONDecoder().decode(BuildSummary.self, from: Data(json.utf8)) }
            }
            var status = IndexStatus(index: layout.root, lastBuild: lastBuild, documents: check.documents, files: records.count,
                                     passages: records.values.reduce(0) { $0 + $1.passages },
                                     captions: records.values.reduce(0) { $0 + $1.captions },
                                     failed: failed.sorted { $0.path < $1.path })
            status.formats = FormatCount.tally(records.values)
            if let first = check.shards.first {
                let db = try Database(path: layout.absolute(first))
                status.buildSequence = BuildSequence.parse(try db.getMetadata(IndexSchema.buildSequenceKey))
                status.watches = try WatchStore.watches(in: db)
            }
            if layout.isFederated {
                status.metaDatabase = check.shards.first
                status.remotes = try layout.stubEntries().filter { if case .local = $0 { return false } else { return true } }
                    .map { RemoteShardStatus.probe($0, options: remote) }
                // The front's own database holds none: the documents of the shards that answer.
                status.documents = status.remotes?.compactMap(\.documents).reduce(0, +) ?? 0
            }
            if let corpus = lastBuild?.corpus, FileManager.default.fileExists(atPath: corpus) {
                status.pending = pendingChanges(corpus: corpus, records: records, failed: failed)
            }
            return status
        } catch let error as XapianError {
            // Damage the quick check did not read (it opens each shard and reads
            // in full only those changed since they last passed).
            if let damage = IndexCheck.run(layout, .full).damage { throw damage }
            throw IndexError.xapian(error)
        }
    }

    /// Files on disk whose size or mtime differ from what the index recorded.
    static func pendingChanges(corpus: String, records: [String: FileRecord], failed: [FailureRecord]) -> Pending {
        var pending = Pending()
        var unseen = records
        let failedPaths = Dictionary(failed.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        for entry in CorpusWalker(root: corpus).walk().entries {
            if let record = unseen.removeValue(forKey: entry.relativePath) {
                if record.size != entry.size || record.mtimeNs != entry.mtimeNs { pending.changed += 1 }
            } else if let failure = failedPaths[entry.relativePath] {
                if failure.size != entry.size || failure.mtimeNs != entry.mtimeNs { pending.changed += 1 }
            } else {
                pending.added += 1
            }
        }
        pending.removed = unseen.count
        return pending
    }
}
