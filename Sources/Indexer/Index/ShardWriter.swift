/// Writes one shard database: passages, and the file records that describe
/// them in the same transactions. Used by one thread at a time.
final class ShardWriter: @unchecked Sendable {
    let database: WritableDatabase
    private let maker: PassageDocumentMaker
    private let batchSize: Int
    private let crashPoint: CrashPoint
    private var pendingPassages = 0
    /// Bytes of passage text written since the last commit.
    private var pendingBytes = 0
    /// Commit when this much text is pending, whatever the passage count:
    /// Xapian holds a batch's postings in memory until it commits.
    static let batchBytes = 1 << 20
    private var pendingChanges = 0
    /// Words of the passages written since the last commit.
    private var spelling = SpellingCollector()

    init(path: String, stem: Stem, strategy: StemStrategy, batchSize: Int, crashPoint: CrashPoint) throws {
        database = try WritableDatabase(path: path, action: .createOrOpen)
        maker = try PassageDocumentMaker(stem: stem, strategy: strategy)
        self.batchSize = max(1, batchSize)
        self.crashPoint = crashPoint
    }

    func fileRecords() throws -> [String: FileRecord] {
        var records: [String: FileRecord] = [:]
        try database.forEachMetadataValue(prefix: IndexSchema.fileRecordPrefix) { value in
            if let record = FileRecord(decoding: value) { records[record.path] = record }
        }
        return records
    }

    func failureRecords() throws -> [String: FailureRecord] {
        var records: [String: FailureRecord] = [:]
        for (_, value) in try database.metadata(prefix: IndexSchema.failureRecordPrefix) {
            if let record = FailureRecord(decoding: value) { records[record.path] = record }
        }
        return records
    }

    /// Replaces every passage of `record.path` with those of `article`.
    func index(_ article: Article, record: FileRecord, replacing: Bool) throws {
        try index([article], record: record, replacing: replacing)
    }

    /// Replaces every passage of `record.path` with those of `articles` (a
    /// JSON Lines file holds several; all carry the file's term).
    func index(_ articles: [Article], record: FileRecord, replacing: Bool) throws {
        if replacing { try database.deleteDocument(term: IndexSchema.fileTerm(path: record.path)) }
        for article in articles {
            for document in try maker.documents(for: article, path: record.path) {
                try database.addDocument(document)
                crashPoint.reach()
            }
            spelling.add(article.title)
            for passage in article.passages { spelling.add(passage.text) }
            pendingPassages += article.passages.count
            pendingBytes += article.passages.reduce(0) { $0 + $1.text.utf8.count }
        }
        try database.setMetadata(IndexSchema.fileRecordKey(path: record.path), record.encoded())
        try clearFailure(record.path)
        try changed()
    }

    /// Same content, new mtime: only the record changes.
    func touch(_ record: FileRecord) throws {
        try database.setMetadata(IndexSchema.fileRecordKey(path: record.path), record.encoded())
        try changed()
    }

    func remove(path: String) throws {
        try database.deleteDocument(term: IndexSchema.fileTerm(path: path))
        try database.setMetadata(IndexSchema.fileRecordKey(path: path), "")
        try changed()
    }

    func recordFailure(_ failure: FailureRecord) throws {
        try database.setMetadata(IndexSchema.failureRecordKey(path: failure.path), failure.encoded())
        try changed()
    }

    func clearFailure(_ path: String) throws {
        try database.setMetadata(IndexSchema.failureRecordKey(path: path), "")
    }

    func setMetadata(_ key: String, _ value: String) throws {
        try database.setMetadata(key, value)
    }

    /// Releases the shard's write lock (after the last commit).
    func close() throws {
        try database.close()
    }

    func commit() throws {
        for (word, count) in spelling.counts { try database.addSpelling(word, frequency: count) }
        spelling.removeAll()
        crashPoint.reach()
        try database.commit()
        crashPoint.reach()
        pendingPassages = 0
        pendingBytes = 0
        pendingChanges = 0
    }

    /// Commits when a batch of passages (or of bookkeeping changes) is pending.
    private func changed() throws {
        pendingChanges += 1
        crashPoint.reach()
        if pendingPassages >= batchSize || pendingBytes >= Self.batchBytes || pendingChanges >= batchSize * 4 { try commit() }
    }
}
