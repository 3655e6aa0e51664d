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
        for record in records {
            let name = (ArticleFormat(path: record.path) ?? .text).rawValue
            counts[name, default: FormatCount()].files += 1
            counts[name, default: FormatCount()].articles += record.articles
            counts[name, default: FormatCount()].passages += record.passages
            counts[name, default: FormatCount()].captions += record.captions
        }
        return counts
    }
}
