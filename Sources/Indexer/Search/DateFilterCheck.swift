/// Checks the date filters of a query before it is searched: `date:START..END`,
/// `after:X` and `before:X` with dates Xapian's DateRangeProcessor reads
/// (`YYYY-MM-DD`, `YYYYMMDD` or `D/M/YYYY`) that are real days. Otherwise the
/// parser would quietly search the text as words ("after:yesterday" finds "date")
/// or match nothing (`date:2024-13-45..`); a bad one is refused instead.
enum DateFilterCheck {
    static let forms = "YYYY-MM-DD, YYYYMMDD or D/M/YYYY"

    /// The first bad date filter of `query`, outside quotes, as a message; nil when all are good.
    static func problem(in query: String) -> String? {
        var inQuotes = false
        for raw in query.split(separator: " ") {
            defer { if raw.filter({ $0 == "\"" }).count % 2 == 1 { inQuotes.toggle() } }
            guard !inQuotes else { continue }
            var word = Substring(raw)
            while let first = word.first, "(+-".contains(first) { word = word.dropFirst() }
            while word.last == ")" { word = word.dropLast() }
            if word.hasPrefix(IndexSchema.dateField) {
                let range = word.dropFirst(IndexSchema.dateField.count)
                guard let dots = range.range(of: "..") else {
                    return "\(word) is not a date range: write date:START..END (either end may be left out; one day is date:X..X)"
                }
                for end in [range[..<dots.lowerBound], range[dots.upperBound...]] where !end.isEmpty && !isDate(end) {
                    return "\(word): \(end) is not a date (dates are \(forms))"
                }
            } else {
                for field in ["after:", "before:"] where word.hasPrefix(field) {
                    let date = word.dropFirst(field.count)
                    if date.isEmpty || !isDate(date) {
                        return "\(word): \(date.isEmpty ? "no date" : "\(date) is not a date") (\(field) takes a date: \(forms))"
                    }
                }
            }
        }
        return nil
    }

    /// A real day in one of `forms`.
    static func isDate(_ text: Substring) -> Bool {
        guard let (year, month, day) = fields(text), (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }

    /// Year, month and day of `text` in one of `forms`, unchecked.
    private static func fields(_ text: Substring) -> (Int, Int, Int)? {
        guard text.allSatisfy({ $0.isASCIIDigit || $0 == "-" || $0 == "/" }) else { return nil }
        if text.count == 8, let n = Int(text) { return (n / 10_000, n / 100 % 100, n % 100) }
        let dashed = text.split(separator: "-", omittingEmptySubsequences: false)
        if dashed.count == 3, dashed[0].count == 4, dashed[1].count == 2, dashed[2].count == 2,
           let y = Int(dashed[0]), let m = Int(dashed[1]), let d = Int(dashed[2]) {
            return (y, m, d)
        }
        let slashed = text.split(separator: "/", omittingEmptySubsequences: false)
        if slashed.count == 3, (1...2).contains(slashed[0].count), (1...2).contains(slashed[1].count), slashed[2].count == 4,
           let d = Int(slashed[0]), let m = Int(slashed[1]), let y = Int(slashed[2]) {
            return (y, m, d)
        }
        return nil
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
