/// The article fields of queries (issue 6): `byline:`/`author:`, `place:`,
/// `format:` and `date:START..END`, with `after:X` and `before:X` as shorthands.
enum SearchFields {
    static func configure(_ parser: QueryParser) throws {
        try parser.addPrefix("byline", IndexSchema.bylinePrefix)
        try parser.addPrefix("author", IndexSchema.bylinePrefix)
        try parser.addPrefix("place", IndexSchema.placePrefix)
        try parser.addBooleanPrefix("format", IndexSchema.formatPrefix)
        try parser.addDateRangeProcessor(slot: IndexSchema.dateSlot, field: IndexSchema.dateField)
    }

    /// Rewrites `after:X` as `date:X..` and `before:X` as `date:..X` (both
    /// inclusive), leaving everything else, quoted phrases included, as it is.
    static func rewrite(_ query: String) -> String {
        guard query.contains("after:") || query.contains("before:") else { return query }
        var out: [String] = []
        var inQuotes = false
        for word in query.split(separator: " ", omittingEmptySubsequences: false) {
            var token = String(word)
            if !inQuotes {
                if token.hasPrefix("after:"), token.count > 6 {
                    token = IndexSchema.dateField + token.dropFirst(6) + ".."
                } else if token.hasPrefix("before:"), token.count > 7 {
                    token = IndexSchema.dateField + ".." + token.dropFirst(7)
                }
            }
            if word.filter({ $0 == "\"" }).count % 2 == 1 { inQuotes.toggle() }
            out.append(token)
        }
        return out.joined(separator: " ")
    }
}
