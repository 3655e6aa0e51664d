/// What one build did. Encoded as JSON into the index's metadata as the last build.
public struct BuildSummary: Sendable, Codable, Equatable {
    public struct Skipped: Sendable, Codable, Equatable {
        public var path: String
        public var tag: String
        public var reason: String
    }

    /// The corpus folder, as an absolute path.
    public var corpus = ""
    public var full = false
    public var startedAt: Double = 0
    public var seconds: Double = 0
    public var shards = 0
    public var language = ""
    /// Files seen in the corpus that are articles (indexed now or before).
    public var filesSeen = 0
    public var added = 0
    public var changed = 0
    public var removed = 0
    public var renamed = 0
    /// Touched (new mtime) but the same content: no reindexing.
    public var touched = 0
    public var unchanged = 0
    /// Files that failed before and have not changed since (not retried).
    public var stillFailing = 0
    /// Files that could not be indexed in this run, each with its reason.
    public var skipped: [Skipped] = []
    /// Totals over the whole index after the build.
    public var articles = 0
    public var passages = 0
    public var captions = 0
    /// Passages written by this run.
    public var passagesWritten = 0
    /// Articles that joined, left or changed story cluster (near-duplicates).
    public var storyChanges: Int?
    /// Files of this run that were not UTF-8 and were decoded as Windows-1252
    /// (optional: summaries of older builds lack it).
    public var decodedWithFallback: Int?
    /// Totals over the whole index per format ("text", "html", "markdown", "jsonl").
    public var formats: [String: FormatCount]?

    /// What a dry run would do (`BuildOptions.dryRun`); nil after a real build.
    public var plan: BuildPlan?

    public init() {}

    public var changes: Int { added + changed + removed + renamed }

    public var skippedByTag: [String: Int] {
        skipped.reduce(into: [:]) { $0[$1.tag, default: 0] += 1 }
    }
}
