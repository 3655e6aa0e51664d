/// Every term prefix, value slot and metadata key of the index, in one place.
///
/// Prefixes follow omega's conventions: `Q` unique id, `S` title, `X...` our own.
public enum IndexSchema {
    /// Bumped when documents written by an older version can no longer be read.
    public static let version = "5"

    // MARK: Term prefixes
    /// Unique id of a passage: `Q` + "path#number" (hashed when too long for a term).
    public static let uniqueIDPrefix = "Q"
    /// Title words (the `title:` field).
    public static let titlePrefix = "S"
    /// Boolean: `XKparagraph` or `XKcaption` (the `kind:` filter reads `kindSlot`).
    public static let kindPrefix = "XK"
    /// Photo credit words (the `credit:` field).
    public static let creditPrefix = "XC"
    /// Section heading words (the `section:` field).
    public static let sectionPrefix = "XS"
    /// Words of captions only (the `caption:` field), with positions.
    public static let captionPrefix = "XT"
    /// Boolean: the file's path and each folder above it, `XPreuters` and
    /// `XPreuters/reut-00001.txt` (replacing and deleting a file's passages; the
    /// `path:` and `file:` filters read `pathSlot`).
    public static let pathPrefix = "XP"

    /// Byline words (the `byline:` and `author:` fields), as omega's `A`.
    public static let bylinePrefix = "A"
    /// Place words from the dateline or metadata (the `place:` field).
    public static let placePrefix = "XL"
    /// Boolean: the article's file format, `XMtext`, `XMhtml`, `XMmarkdown`, `XMjsonl`.
    public static let formatPrefix = "XM"
    /// Boolean, on the first passage of an article only: the article's LSH band
    /// keys, `XB` + two hex digits of the band + eight of its hash
    /// (`Fingerprint.bandTerms`): an article's near-duplicate candidates are
    /// the articles that share one, found by a query.
    public static let bandPrefix = "XB"
    /// Boolean, on every passage of an article that has near-duplicates:
    /// `XD` + the story cluster's id (`storySlot`), so a story's passages are a query.
    public static let storyPrefix = "XD"

    /// The query fields over free text, with their term prefixes. Every term
    /// is stored stemmed with a `Z` before the prefix (`ZSrift`).
    public static let textFields: [(field: String, prefix: String)] = [
        ("title", titlePrefix), ("caption", captionPrefix), ("credit", creditPrefix), ("section", sectionPrefix),
        ("byline", bylinePrefix), ("author", bylinePrefix), ("place", placePrefix),
    ]

    /// Title words are also indexed unprefixed with this wdf, so passages of an
    /// article about the query rank higher.
    public static let titleWeight: UInt32 = 2

    // MARK: Value slots
    /// Hash of the article's path: the collapse key ("at most N per article").
    public static let articleKeySlot: UInt32 = 0
    /// The passage number, zero-padded so it sorts.
    public static let passageNumberSlot: UInt32 = 1
    /// "paragraph" or "caption" (facets).
    public static let kindSlot: UInt32 = 2
    /// The section heading (facets).
    public static let sectionSlot: UInt32 = 3
    /// The photo credit (facets).
    public static let creditSlot: UInt32 = 4
    /// The file's path (sorting by path, the top-articles facet).
    public static let pathSlot: UInt32 = 5
    /// The article's publication date as `YYYYMMDD` (empty when unknown):
    /// `date:` ranges (Xapian's DateRangeProcessor) and `--sort date`.
    public static let dateSlot: UInt32 = 6
    /// The article's file format, `text`, `html`, `markdown` or `jsonl` (the `format:` filter).
    public static let formatSlot: UInt32 = 7
    /// The file's path, a NUL and the zero-padded passage number: `--sort path`
    /// as one value, since a remote shard refuses the KeyMaker two slots need.
    public static let pathOrderSlot: UInt32 = 8
    /// The `date:` range field of queries.
    public static let dateField = "date:"

    /// The build sequence in which the passage's content was first indexed,
    /// `BuildSequence.sortable` (zero-padded): watches filter on it with a
    /// value range. Slots 16 and up are the watches' (issue 14), clear of
    /// the sort keys' slots.
    public static let firstSeenSlot: UInt32 = 16
    /// The passage's content key, `PassageContent.key` (16 hex digits of a hash of
    /// the article's title, the passage's kind and its text): how a re-indexed
    /// passage finds the sequence in which its content was first seen.
    public static let contentKeySlot: UInt32 = 17
    /// The story the passage's article belongs to: the id of its story
    /// cluster, `s` + 16 hex digits (`StoryCluster`), when the archive holds
    /// near-duplicates of it; otherwise the article's own key (the value of
    /// `articleKeySlot`, 16 hex digits, never starting with `s`). Facets count
    /// stories by it, and searches show each story once.
    public static let storySlot: UInt32 = 18
    /// Captions only: 16 hex digits of a hash of the caption's normalised text
    /// and credit, so the same photo caption on many pages shows once.
    public static let captionKeySlot: UInt32 = 19
    /// The first passage of an article only: the article's MinHash signature
    /// (`Fingerprint`, hex), which verifies a candidate pair's similarity.
    public static let fingerprintSlot: UInt32 = 20

    // MARK: User metadata keys (per shard database)
    public static let schemaVersionKey = "schema.version"
    public static let languageKey = "schema.language"
    public static let stemStrategyKey = "schema.stemming"
    public static let shardCountKey = "schema.shards"
    /// The last build's summary (JSON), written with its final commit.
    public static let lastBuildKey = "build.last"
    /// The build sequence of the last completed build (decimal), written with
    /// its final commit to every shard; the next build is this plus one.
    public static let buildSequenceKey = "build.sequence"
    /// The near-duplicate threshold the stories were clustered with (a
    /// decimal, or `off`); a build with another one clusters the whole archive again.
    public static let dupThresholdKey = "dup.threshold"
    /// `watch:` + name -> a watch (JSON, `Watch`), in the first shard only,
    /// carried into a new generation by a `--full` build.
    public static let watchPrefix = "watch:"
    /// `build.at.` + `BuildSequence.sortable(n)` -> when build n started (seconds
    /// since 1970), in the first shard only (the dates of a watch's feed).
    public static let buildTimePrefix = "build.at."
    /// Synonym groups, one per line, terms separated by commas (see SynonymTable).
    public static let synonymsKey = "synonyms"
    /// The shard's whole spelling dictionary, `word TAB frequency` per line, written
    /// with a build's last commit (see SpellingExport): what `index federate` merges.
    public static let spellingExportKey = "spelling.export"
    /// `file:` + path key -> FileRecord of an indexed file.
    public static let fileRecordPrefix = "file:"
    /// `fail:` + path key -> FailureRecord of a file that could not be indexed.
    public static let failureRecordPrefix = "fail:"

    /// The boolean filters of queries: each one's term prefix, and the value slot
    /// the query reads (a value range, which crosses `xapian-tcpsrv` and avoids
    /// Xapian 1.4's all-documents swap of a term in every document; `folder`:
    /// a folder matches the files under it). `format:` is an article field,
    /// `file:` another name for `path:`.
    public static let booleanFields: [(field: String, prefix: String, slot: UInt32, folder: Bool)] = [
        ("kind", kindPrefix, kindSlot, false), ("path", pathPrefix, pathSlot, true),
        ("file", pathPrefix, pathSlot, true), ("format", formatPrefix, formatSlot, false),
    ]

    /// Each prefix of a query field and the field a user writes for it (the first
    /// name of each: `byline:` for `A`), longest prefix first: every field list
    /// derives from `textFields` and `booleanFields`.
    public static let fieldNames: [(prefix: String, field: String)] = {
        var seen = Set<String>()
        return (textFields + booleanFields.map { (field: $0.field, prefix: $0.prefix) })
            .filter { seen.insert($0.prefix).inserted }
            .map { (prefix: $0.prefix, field: $0.field + ":") }
            .sorted { $0.prefix.count > $1.prefix.count }
    }()

    /// How a stored term reads to a user: `Zhuawei` -> "huawei", `ZSrift` -> "title:rift",
    /// `ZAokafor` -> "byline:okafor".
    public static func displayName(ofTerm term: String) -> String {
        if term.hasPrefix("Z") { return displayName(ofTerm: String(term.dropFirst())) }
        for (prefix, field) in fieldNames where term.hasPrefix(prefix) {
            return field + String(term.dropFirst(prefix.count))
        }
        return term
    }

    /// Xapian's limit on a term's length in bytes (glass: 245).
    public static let maxTermBytes = 245

    /// A term or key for `path`, hashed when it would exceed Xapian's limits.
    public static func boundedTerm(prefix: String, _ body: String, limit: Int = 240) -> String {
        if prefix.utf8.count + body.utf8.count <= limit { return prefix + body }
        return prefix + "#" + ContentHash.longHex(body)
    }

    public static func uniqueTerm(path: String, passage: Int) -> String {
        boundedTerm(prefix: uniqueIDPrefix, "\(path)#\(passage)")
    }

    /// An article's path within the index: the file's, or `file:locator` for
    /// one article of a file that holds several (line 12 of a JSON Lines file).
    public static func articlePath(_ path: String, locator: String?) -> String {
        locator.map { "\(path):\($0)" } ?? path
    }

    /// Every passage of one file: the last of its `pathTerms`. Replacing or
    /// deleting a file's passages goes through it.
    public static func fileTerm(path: String) -> String { boundedTerm(prefix: pathPrefix, path) }

    /// `XP` terms for the path and every folder above it.
    public static func pathTerms(path: String) -> [String] {
        let parts = path.split(separator: "/")
        return parts.indices.map { boundedTerm(prefix: pathPrefix, parts[...$0].joined(separator: "/")) }
    }

    /// The `pathOrderSlot` value of passage `number` of the file at `path`.
    public static func pathOrderKey(path: String, passage number: Int) -> String {
        path + "\u{0}" + sortableNumber(number)
    }

    /// `n` zero-padded to six digits, so that values sort as numbers.
    public static func sortableNumber(_ n: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    public static func articleKey(path: String) -> String { ContentHash.hex(ContentHash.fnv1a(path)) }

    /// Whether a `storySlot` value names a story cluster (not one article's own key).
    public static func isStoryCluster(_ story: String) -> Bool { story.hasPrefix("s") }

    public static func storyTerm(_ story: String) -> String { storyPrefix + story }

    public static func fileRecordKey(path: String) -> String { boundedTerm(prefix: fileRecordPrefix, path, limit: 200) }

    public static func failureRecordKey(path: String) -> String { boundedTerm(prefix: failureRecordPrefix, path, limit: 200) }

    public static func watchKey(name: String) -> String { watchPrefix + name }

    public static func buildTimeKey(sequence: Int) -> String { buildTimePrefix + BuildSequence.sortable(sequence) }
}
