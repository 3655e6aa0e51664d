/// Settings of one `IndexBuilder.build` run, with the documented defaults.
public struct BuildOptions: Sendable {
    /// Rebuild from scratch beside the live index, then swap it in.
    public var full = false
    /// Seconds to wait for another build's lock (0: fail at once with `.busy`).
    public var waitForLock: Double = 0
    /// Stemming language of a new index; nil keeps the index's own (english when new).
    public var language: String?
    /// Number of shard databases of a new index; nil means one per core (at most 8).
    public var shards: Int?
    /// Passages written per shard between commits.
    public var batchSize = 2_000
    /// Files larger than this are skipped.
    public var maxFileSize: Int64 = 16 << 20
    public var followSymlinks = false
    /// Synonym groups to store in the index; nil keeps the index's own
    /// (a new index gets `SynonymTable.newsDefault`).
    public var synonyms: SynonymTable?
    /// When articles are near-duplicates of each other (one story); nil
    /// keeps the index's own (a new index gets `DuplicateThreshold.standard`).
    /// Another threshold clusters the whole archive again from the stored
    /// fingerprints; turning detection on for an index built without it is a
    /// full rebuild.
    public var duplicates: DuplicateThreshold?
    /// The largest share of the indexed files one build may remove, in
    /// percent: a build that would remove more changes nothing (an empty or
    /// unmounted corpus folder looks like one whose files were all deleted).
    public var maxRemovePercent: Double = 50
    /// Confirms removals past `maxRemovePercent`, and a corpus folder other
    /// than the one the index was built from.
    public var prune = false
    /// Plan only: the summary carries the plan, and nothing is written.
    public var dryRun = false
    /// Stops the build at its next safe point when cancelled (SIGINT, SIGTERM).
    public var cancellation: BuildCancellation?
    /// For tests: faults to inject (kill the process, or throw) at chosen steps.
    public var faults: [FaultPlan] = []
    /// For tests: runs after a file's bytes are read, before it is checked again.
    public var afterRead: (@Sendable (String) -> Void)?

    public init() {}
}
