/// What one shard's worker did, merged into the build's summary.
struct ShardOutcome: Sendable {
    var added: [(path: String, hash: UInt64)] = []
    var changed = 0
    var removed: [(path: String, hash: UInt64)] = []
    var touched = 0
    var skipped: [BuildSummary.Skipped] = []
    var passagesWritten = 0
    /// Files read in this run whose text was not UTF-8 (decoded as Windows-1252).
    var decodedWithFallback = 0
    /// The shard's file records after the run.
    var records: [String: FileRecord] = [:]
    var error: Error?

    init(error: Error? = nil, records: [String: FileRecord] = [:]) {
        self.error = error
        self.records = records
    }
}
