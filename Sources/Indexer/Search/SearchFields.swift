/// The article fields of queries: `format:` and `date:START..END`
/// (`byline:`/`author:` and `place:` are among `IndexSchema.textFields`), with `after:X` and `before:X` as shorthands.
enum SearchFields {
    static func configure(_ parser: QueryParser) throws {
        try parser.addValueFilter("format", slot: IndexSchema.formatSlot)
        try parser.addDateRangeProcessor(slot: IndexSchema.dateSlot, field: IndexSchema.dateField)
    }

    /// Rewrites `after:X` as `date:X..` and `before:X` as `date:..X` (both
    /// inclusive); both together become one range `date:X..Y`, since Xapian
    /// ORs two ranges on one slot. Quoted phrases are left as they are.
    static func rewrite(_ query: String) -> String {
        guard query.contains("after:") || query.contains("before:") else { return query }
        var words = query.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var after: (index: Int, date: Substring)?
        var before: (index: Int, date: Substring)?
        var inQuotes = false
        for (i, word) in words.enumerated() {
            if !inQuotes {
                if word.hasPrefix("after:"), word.count > 6 { after = (i, word.dropFirst(6)) }
                if word.hasPrefix("before:"), word.count > 7 { before = (i, word.dropFirst(7)) }
            }
            if word.filter({ $0 == "\"" }).count % 2 == 1 { inQuotes.toggle() }
        }
        switch (after, before) {
        case let (a?, b?):
            words[a.index] = IndexSchema.dateField + a.date + ".." + b.date
            words.remove(at: b.index)
        case let (a?, nil):
            words[a.index] = IndexSchema.dateField + a.date + ".."
        case let (nil, b?):
            words[b.index] = IndexSchema.dateField + ".." + b.date
        default:
            break
        }
        return words.joined(separator: " ")
    }
}
