/// The `index build --json` object (`schemas/build.schema.json`), also the
/// `last_build` of `index status --json`: a `BuildSummary` with its start as an
/// ISO 8601 string. (`BuildSummary`'s own Codable form is what the index stores.)
public struct BuildJSON: Encodable, Sendable {
    public var formatVersion: Int? = JSONOutput.formatVersion
    public var corpus: String
    public var full: Bool
    /// When the build started, ISO 8601 in UTC.
    public var startedAt: String
    public var seconds: Double
    public var shards: Int
    public var language: String
    public var filesSeen: Int
    public var added: Int
    public var changed: Int
    public var removed: Int
    public var renamed: Int
    public var touched: Int
    public var unchanged: Int
    public var stillFailing: Int
    public var skipped: [BuildSummary.Skipped]
    public var articles: Int
    public var passages: Int
    public var captions: Int
    public var passagesWritten: Int
    /// Articles that joined, left or changed story cluster.
    public var storyChanges: Int
    public var decodedWithFallback: Int?
    public var formats: [String: FormatCount]?

    /// `nested`: inside another object (status), which carries the format version.
    public init(_ s: BuildSummary, nested: Bool = false) {
        if nested { formatVersion = nil }
        corpus = s.corpus
        full = s.full
        startedAt = JSONOutput.iso8601(seconds: s.startedAt)
        seconds = s.seconds
        shards = s.shards
        language = s.language
        filesSeen = s.filesSeen
        added = s.added
        changed = s.changed
        removed = s.removed
        renamed = s.renamed
        touched = s.touched
        unchanged = s.unchanged
        stillFailing = s.stillFailing
        skipped = s.skipped
        articles = s.articles
        passages = s.passages
        captions = s.captions
        passagesWritten = s.passagesWritten
        storyChanges = s.storyChanges ?? 0
        decodedWithFallback = s.decodedWithFallback
        formats = s.formats
    }
}
