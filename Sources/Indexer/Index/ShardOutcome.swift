/// What one shard's worker did, merged into the build's summary.
struct ShardOutcome: Sendable {
    var added = 0
    var changed = 0
    var removed = 0
    /// Content hashes of the added and the removed files, to tell renames
    /// (none are kept for added files when nothing can have been removed).
    var addedHashes: [UInt64] = []
    var removedHashes: [UInt64] = []
    var touched = 0
    var skipped: [BuildSummary.Skipped] = []
    var passagesWritten = 0
    /// Files read in this run whose text was not UTF-8 (decoded as Windows-1252).
    var decodedWithFallback = 0
    /// Totals of the records the worker wrote (indexed or touched files).
    var totals = IndexTotals()
    /// The shard's file records as stored before the run (when loading them).
    var records: [String: FileRecord] = [:]
    var error: Error?

    init(error: Error? = nil, records: [String: FileRecord] = [:]) {
        self.error = error
        self.records = records
    }
}
