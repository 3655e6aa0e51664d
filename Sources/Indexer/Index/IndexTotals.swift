/// Running totals over the file records an index holds after a build, kept
/// as the build goes so that no record need be held until its end.
struct IndexTotals: Sendable {
    var articles = 0
    var passages = 0
    var captions = 0
    /// Per format name ("text", "html", "markdown", "jsonl").
    var formats: [String: FormatCount] = [:]

    mutating func add(_ record: FileRecord) {
        articles += record.articles
        passages += record.passages
        captions += record.captions
        let name = (ArticleFormat(path: record.path) ?? .text).rawValue
        formats[name, default: FormatCount()].files += 1
        formats[name, default: FormatCount()].articles += record.articles
        formats[name, default: FormatCount()].passages += record.passages
        formats[name, default: FormatCount()].captions += record.captions
    }

    mutating func add(_ other: IndexTotals) {
        articles += other.articles
        passages += other.passages
        captions += other.captions
        formats.merge(other.formats) { a, b in
            var sum = a
            sum.files += b.files
            sum.articles += b.articles
            sum.passages += b.passages
            sum.captions += b.captions
            return sum
        }
    }
}
