/// Writes one shard database: passages, and the file records that describe
/// them, in the same transactions. Every change is made inside a Xapian
/// transaction that commits a whole batch or nothing: an error, a close or
/// a crash before `commitBatch()` discards the batch.
///
/// Used by the one thread that opened it.
final class ShardWriter {
    let database: WritableDatabase
    private let maker: PassageDocumentMaker
    private let batchSize: Int
    private let failpoints: Failpoints
    private var inTransaction = false
    private var pendingPassages = 0
    /// Bytes of passage text written since the last commit.
    private var pendingBytes = 0
    /// Commit when this much text is pending, whatever the passage count:
    /// Xapian holds a batch's postings in memory until it commits.
    static let batchBytes = 1 << 20
    private var pendingChanges = 0
    /// Words of the passages written since the last commit.
    private var spelling = SpellingCollector()
    /// Batches committed so far.
    private(set) var commits = 0
    /// What this run wrote and deleted, for story clustering.
    private(set) var stories = StoryChanges()

    init(path: String, stem: Stem, strategy: StemStrategy, batchSize: Int, failpoints: Failpoints,
         firstSeen: FirstSeen = FirstSeen(sequence: 0), fingerprints: Bool = false) throws {
        try failpoints.reach(.openShard)
        database = try WritableDatabase(path: path, action: .createOrOpen)
        maker = try PassageDocumentMaker(stem: stem, strategy: strategy, firstSeen: firstSeen, fingerprints: fingerprints)
        self.batchSize = max(1, batchSize)
        self.failpoints = failpoints
    }

    /// Whether a batch holds changes not yet committed.
    var hasPendingChanges: Bool { pendingChanges > 0 }

    func fileRecords() throws -> [String: FileRecord] {
        try failpoints.reach(.readRecords)
        var records: [String: FileRecord] = [:]
        try database.forEachMetadataValue(prefix: IndexSchema.fileRecordPrefix) { value in
            if let record = FileRecord(decoding: value) { records[record.path] = record }
        }
        return records
    }

    func failureRecords() throws -> [String: FailureRecord] {
        var records: [String: FailureRecord] = [:]
        try database.forEachMetadataValue(prefix: IndexSchema.failureRecordPrefix) { value in
            if let record = FailureRecord(decoding: value) { records[record.path] = record }
        }
        return records
    }

    /// Replaces every passage of `record.path` with those of `articles` (a
    /// JSON Lines file holds several; all carry the file's term). The file's
    /// old passages are deleted by its term whether or not it had a record.
    func index(_ articles: [Article], record: FileRecord) throws {
        try beginIfNeeded()
        try deletePassages(path: record.path)
        for article in articles {
            let made = try maker.documents(for: article, path: record.path)
            for document in made.documents {
                try failpoints.reach(.addDocument)
                try database.addDocument(document)
            }
            if let fingerprint = made.fingerprint {
                let key = IndexSchema.articleKey(path: IndexSchema.articlePath(record.path, locator: article.locator))
                stories.written.append(FingerprintedArticle(member: StoryMember(filePath: record.path, articleKey: key),
                                                            fingerprint: fingerprint, story: key))
            }
            spelling.add(article.title)
            for passage in article.passages { spelling.add(passage.text) }
            pendingPassages += article.passages.count
            pendingBytes += article.passages.reduce(0) { $0 + $1.text.utf8.count }
        }
        try database.setMetadata(IndexSchema.fileRecordKey(path: record.path), record.encoded())
        try database.setMetadata(IndexSchema.failureRecordKey(path: record.path), "")
        try changed()
    }

    /// Same content, new mtime: only the record changes.
    func touch(_ record: FileRecord) throws {
        try beginIfNeeded()
        try database.setMetadata(IndexSchema.fileRecordKey(path: record.path), record.encoded())
        try changed()
    }

    func remove(path: String) throws {
        try beginIfNeeded()
        try deletePassages(path: path)
        try database.setMetadata(IndexSchema.fileRecordKey(path: path), "")
        try changed()
    }

    func recordFailure(_ failure: FailureRecord) throws {
        try beginIfNeeded()
        try database.setMetadata(IndexSchema.failureRecordKey(path: failure.path), failure.encoded())
        try changed()
    }

    func clearFailure(_ path: String) throws {
        try beginIfNeeded()
        try database.setMetadata(IndexSchema.failureRecordKey(path: path), "")
        try changed()
    }

    /// Deletes every passage of the file at `path`, noting the story clusters they were in.
    private func deletePassages(path: String) throws {
        let term = IndexSchema.fileTerm(path: path)
        for docid in try database.postlist(term) {
            let story = try database.getDocument(docid).value(IndexSchema.storySlot)
            if IndexSchema.isStoryCluster(story) { stories.leftClusters.insert(story) }
        }
        stories.deletedFiles.insert(path)
        try database.deleteDocument(term: term)
    }

    /// Gives each article its story: every passage of it gets the story in
    /// `IndexSchema.storySlot`, and the story term when it is a cluster.
    func assign(_ assignments: [StoryAssignment]) throws {
        guard !assignments.isEmpty else { return }
        try beginIfNeeded()
        for assignment in assignments {
            for docid in try database.postlist(IndexSchema.fileTerm(path: assignment.member.filePath)) {
                let document = try database.getDocument(docid)
                guard try document.value(IndexSchema.articleKeySlot) == assignment.member.articleKey else { continue }
                try document.addValue(IndexSchema.storySlot, assignment.story)
                try document.removeTerms(prefix: IndexSchema.storyPrefix)
                if IndexSchema.isStoryCluster(assignment.story) { try document.addBooleanTerm(IndexSchema.storyTerm(assignment.story)) }
                try database.replaceDocument(docid, with: document)
            }
        }
        pendingChanges += 1
    }

    /// Sets metadata in the open batch (starting one if needed).
    func setMetadata(_ key: String, _ value: String) throws {
        try beginIfNeeded()
        try database.setMetadata(key, value)
        pendingChanges += 1
    }

    /// Adds the open batch's words to the spelling dictionary, then writes the
    /// whole dictionary into the metadata (`IndexSchema.spellingExportKey`):
    /// a shard served by xapian-tcpsrv serves metadata, not spellings, and a
    /// federated index merges its shards' dictionaries from there.
    func exportSpelling() throws {
        try beginIfNeeded()
        for (word, count) in spelling.counts { try database.addSpelling(word, frequency: count) }
        spelling.removeAll()
        try database.setMetadata(IndexSchema.spellingExportKey, SpellingExport.encode(try database.spellings()))
        pendingChanges += 1
    }

    /// Commits the open batch, if any, in one transaction.
    func commitBatch() throws {
        guard inTransaction else { return }
        for (word, count) in spelling.counts { try database.addSpelling(word, frequency: count) }
        spelling.removeAll()
        try failpoints.reach(.commit)
        inTransaction = false
        try database.commitTransaction()
        commits += 1
        pendingPassages = 0
        pendingBytes = 0
        pendingChanges = 0
    }

    /// Discards the open batch, if any.
    func cancelBatch() {
        guard inTransaction else { return }
        inTransaction = false
        try? database.cancelTransaction()
        spelling.removeAll()
        pendingPassages = 0
        pendingBytes = 0
        pendingChanges = 0
    }

    /// Discards the open batch and releases the shard's write lock.
    func close() {
        cancelBatch()
        try? database.close()
    }

    private func beginIfNeeded() throws {
        guard !inTransaction else { return }
        try database.beginTransaction(flushed: true)
        inTransaction = true
    }

    /// Commits when a batch of passages (or of bookkeeping changes) is
    /// pending. The last batch stays open until `commitBatch()`, so a run
    /// smaller than one batch commits all or nothing.
    private func changed() throws {
        pendingChanges += 1
        try failpoints.reach(.record)
        if pendingPassages >= batchSize || pendingBytes >= Self.batchBytes || pendingChanges >= batchSize * 4 {
            try commitBatch()
        }
    }
}
