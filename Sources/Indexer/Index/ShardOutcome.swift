/// What one shard's build did, merged into the build's summary.
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
    /// Totals over the shard after the run: the files it wrote (indexed or
    /// touched) and the unchanged ones.
    var totals = IndexTotals()
    /// The articles written and the files deleted, for story clustering.
    var stories = StoryChanges()
    /// Walked files routed to the shard, unchanged ones, and failed files not retried.
    var filesSeen = 0
    var unchanged = 0
    var stillFailing = 0
    /// The shard committed the build's last batch.
    var committed = false
    /// The coordinator stopped the build after planning (the removal guard, a dry run).
    var aborted = false
    var error: Error?

    init(error: Error? = nil) {
        self.error = error
    }
}
