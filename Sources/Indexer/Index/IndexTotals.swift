/// Running totals over the file records an index holds after a build, kept
/// as the build goes so that no record need be held until its end.
struct IndexTotals: Sendable {
    /// Per format name ("text", "html", "markdown", "jsonl").
    private(set) var formats: [String: FormatCount] = [:]

    var articles: Int { formats.values.reduce(0) { $0 + $1.articles } }
    var passages: Int { formats.values.reduce(0) { $0 + $1.passages } }
    var captions: Int { formats.values.reduce(0) { $0 + $1.captions } }

    mutating func add(_ record: FileRecord) {
        formats[FormatCount.formatName(of: record), default: FormatCount()].add(record)
    }

    mutating func add(_ other: IndexTotals) {
        formats.merge(other.formats) { a, b in
            var sum = a
            sum.add(b)
            return sum
        }
    }
}
