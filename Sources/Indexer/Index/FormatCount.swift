/// How much of the index came from one file format.
public struct FormatCount: Sendable, Codable, Equatable {
    public var files = 0
    public var articles = 0
    public var passages = 0
    public var captions = 0

    public init() {}

    /// Totals per format name of the given file records.
    public static func tally<S: Sequence>(_ records: S) -> [String: FormatCount] where S.Element == FileRecord {
        var counts: [String: FormatCount] = [:]
        for record in records { counts[formatName(of: record), default: FormatCount()].add(record) }
        return counts
    }

    /// The name `formats` tables use for `record`'s format ("text" when unknown).
    static func formatName(of record: FileRecord) -> String { (ArticleFormat(path: record.path) ?? .text).rawValue }

    mutating func add(_ record: FileRecord) {
        files += 1
        articles += record.articles
        passages += record.passages
        captions += record.captions
    }

    mutating func add(_ other: FormatCount) {
        files += other.files
        articles += other.articles
        passages += other.passages
        captions += other.captions
    }
}
