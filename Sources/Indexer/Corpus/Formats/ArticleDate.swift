import Foundation

/// Publication dates as found in articles, normalised to ISO 8601 and
/// validated: `2024-02-31` or `25:00` is no date.
public enum ArticleDate {
    /// `YYYY-MM-DD`, or the full timestamp when the text has a time
    /// (`2024-04-15T09:30:00Z`, `2024-04-15T09:30:00+02:00`); nil when the
    /// text is not a real date in a form it knows. Understands ISO 8601 dates
    /// and timestamps, RFC 2822 dates ("Mon, 15 Apr 2024 09:30:00 GMT", whose
    /// time and zone are kept as an ISO timestamp's are), "April 15, 2024"
    /// and "15 April 2024".
    public static func normalize(_ raw: String) -> String? {
        let text = raw.trimmingWhitespace()
        guard !text.isEmpty, text.count <= 64 else { return nil }
        if let iso = isoPrefix(text) { return iso }
        return wordDate(text)
    }

    /// The warning for a date field whose value is not a date
    /// (`normalize` gave nil), naming the value; nil for an empty one.
    public static func warning(_ raw: String, field: String = "date") -> String? {
        let text = raw.trimmingWhitespace()
        guard !text.isEmpty else { return nil }
        let shown = String(text.prefix(40)) + (text.count > 40 ? "…" : "")
        return "\(field) \"\(shown)\" is not a valid date; the article is indexed without one"
    }

    /// The sortable key of a normalised date: `YYYYMMDD`.
    public static func sortKey(_ iso: String) -> String? {
        let digits = iso.prefix(10).filter(\.isNumber)
        return digits.count == 8 ? String(digits) : nil
    }

    /// "2024-04-15", "2024-04-15T09:30:00Z", "2024-04-15 09:30", "2024/04/15".
    static func isoPrefix(_ text: String) -> String? {
        let chars = Array(text)
        guard chars.count >= 10, chars[0..<4].allSatisfy(\.isASCIIDigit), chars[4] == "-" || chars[4] == "/",
              chars[5..<7].allSatisfy(\.isASCIIDigit), chars[7] == chars[4], chars[8..<10].allSatisfy(\.isASCIIDigit),
              let year = Int(String(chars[0..<4])), let month = Int(String(chars[5..<7])), let day = Int(String(chars[8..<10])),
              valid(year, month, day) else { return nil }
        let date = String(format: "%04d-%02d-%02d", year, month, day)
        if chars.count == 10 { return date }
        let rest = String(chars[10...])
        guard rest.first == "T" || rest.first == " " else { return rest.allSatisfy(\.isWhitespace) ? date : nil }
        let time = rest.dropFirst()
        guard time.count >= 5, time.prefix(2).allSatisfy(\.isASCIIDigit), time.dropFirst(2).first == ":",
              time.allSatisfy({ $0.isASCIIDigit || ":.+-Z".contains($0) }) else { return date }
        guard validTime(time) else { return nil }
        return date + "T" + time
    }

    /// "09:30", "09:30:00", "09:30:00.5Z", "09:30:00+02:00": hours, minutes and seconds in range.
    static func validTime(_ time: Substring) -> Bool {
        let clock = time.prefix { $0 != "Z" && $0 != "+" && $0 != "-" }
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count), let hour = Int(fields[0]), let minute = Int(fields[1]),
              hour < 24, minute < 60 else { return false }
        if fields.count == 3 {
            guard let second = Double(fields[2]), fields[2].first?.isASCIIDigit == true, second < 61 else { return false }
        }
        let zone = time.dropFirst(clock.count)
        if zone.isEmpty || zone == "Z" { return true }
        let digits = zone.dropFirst().filter(\.isASCIIDigit)
        guard digits.count == 4 || digits.count == 2, let h = Int(digits.prefix(2)) else { return false }
        return h <= 14 && (digits.count == 2 || Int(digits.suffix(2))! < 60)
    }

    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// RFC 2822's named zones, as offsets.
    static let zoneNames = ["GMT": "Z", "UT": "Z", "UTC": "Z", "Z": "Z", "EST": "-05:00", "EDT": "-04:00",
                            "CST": "-06:00", "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00",
                            "PST": "-08:00", "PDT": "-07:00"]

    /// "Mon, 15 Apr 2024 09:30:00 GMT" (with its time and zone),
    /// "April 15, 2024", "15 April 2024".
    static func wordDate(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        var year: Int?
        var month: Int?
        var day: Int?
        var time: String?
        var zone: String?
        for word in words.prefix(7) {
            let lower = word.lowercased().trimmingCharacters(in: ["."])
            if month == nil, lower.count >= 3, lower.allSatisfy(\.isLetter),
               let m = monthNames.firstIndex(of: String(lower.prefix(3))) {
                month = m + 1
            } else if let n = Int(word.trimmingCharacters(in: ["."])), word.first?.isASCIIDigit == true {
                if n >= 1000 { if year == nil { year = n } } else if day == nil, (1...31).contains(n) { day = n }
            } else if time == nil, word.contains(":"), word.allSatisfy({ $0.isASCIIDigit || $0 == ":" }) {
                guard validTime(Substring(word)) else { return nil }
                time = word.split(separator: ":").count == 2 ? word + ":00" : word
            } else if time != nil, zone == nil {
                if let named = zoneNames[word.uppercased()] {
                    zone = named
                } else if (word.first == "+" || word.first == "-"), word.count == 5, word.dropFirst().allSatisfy(\.isASCIIDigit) {
                    zone = String(word.prefix(3)) + ":" + String(word.suffix(2))
                    guard validTime(Substring("00:00" + zone!)) else { return nil }
                }
            }
        }
        guard let year, let month, let day, valid(year, month, day) else { return nil }
        let date = String(format: "%04d-%02d-%02d", year, month, day)
        guard let time else { return date }
        return date + "T" + time + (zone ?? "")
    }

    /// A real day of the Gregorian calendar, years 1000 to 9999.
    static func valid(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        guard (1000...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
