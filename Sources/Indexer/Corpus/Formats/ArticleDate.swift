import Foundation

/// Publication dates as found in articles, normalised to ISO 8601.
public enum ArticleDate {
    /// `YYYY-MM-DD`, or the full timestamp when the text is one
    /// (`2024-04-15T09:30:00Z`); nil when the text is not a date it knows.
    /// Understands ISO 8601 dates and timestamps, RFC 2822 dates
    /// ("Mon, 15 Apr 2024 09:30:00 GMT"), "April 15, 2024" and "15 April 2024".
    public static func normalize(_ raw: String) -> String? {
        let text = raw.trimmingWhitespace()
        guard !text.isEmpty, text.count <= 64 else { return nil }
        if let iso = isoPrefix(text) { return iso }
        return wordDate(text)
    }

    /// The sortable key of a normalised date: `YYYYMMDD`.
    public static func sortKey(_ iso: String) -> String? {
        let digits = iso.prefix(10).filter(\.isNumber)
        return digits.count == 8 ? String(digits) : nil
    }

    /// "2024-04-15", "2024-04-15T09:30:00Z", "2024-04-15 09:30", "2024/04/15".
    static func isoPrefix(_ text: String) -> String? {
        let chars = Array(text)
        guard chars.count >= 10, chars[0..<4].allSatisfy(\.isNumber), chars[4] == "-" || chars[4] == "/",
              chars[5..<7].allSatisfy(\.isNumber), chars[7] == chars[4], chars[8..<10].allSatisfy(\.isNumber),
              let year = Int(String(chars[0..<4])), let month = Int(String(chars[5..<7])), let day = Int(String(chars[8..<10])),
              valid(year, month, day) else { return nil }
        let date = String(format: "%04d-%02d-%02d", year, month, day)
        if chars.count == 10 { return date }
        let rest = String(chars[10...])
        guard rest.first == "T" || rest.first == " " else { return rest.allSatisfy(\.isWhitespace) ? date : nil }
        let time = rest.dropFirst()
        guard time.count >= 5, time.prefix(2).allSatisfy(\.isNumber), time.dropFirst(2).first == ":",
              time.allSatisfy({ $0.isNumber || ":.+-Z".contains($0) }) else { return date }
        return date + "T" + time
    }

    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// "Mon, 15 Apr 2024 09:30:00 GMT", "April 15, 2024", "15 April 2024".
    static func wordDate(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        var year: Int?
        var month: Int?
        var day: Int?
        for word in words.prefix(5) {
            let lower = word.lowercased().trimmingCharacters(in: ["."])
            if month == nil, lower.count >= 3, lower.allSatisfy(\.isLetter),
               let m = monthNames.firstIndex(of: String(lower.prefix(3))) {
                month = m + 1
            } else if let n = Int(word.trimmingCharacters(in: ["."])) {
                if n >= 1000 { if year == nil { year = n } } else if day == nil, (1...31).contains(n) { day = n }
            }
        }
        guard let year, let month, let day, valid(year, month, day) else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    static func valid(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        (1000...9999).contains(year) && (1...12).contains(month) && (1...31).contains(day)
    }
}
