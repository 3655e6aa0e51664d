import Foundation

/// The line classifiers of the text format: photo credits, headings, datelines.
enum Heuristics {
    /// Words that mark a line as a photo credit wherever they appear.
    static let agencyWords: Set<String> = [
        "reuters", "ap", "afp", "getty", "images", "epa", "bloomberg", "xinhua", "photo",
        "photos", "courtesy", "via", "pool", "efe", "ansa", "tass", "imago", "shutterstock",
        "nurphoto", "sipa", "anadolu", "dpa", "kyodo", "yonhap", "illustration", "handout",
    ]

    /// A credit is short, has no sentence punctuation at its end, and either names
    /// an agency, uses the "AGENCY/Photographer" form, or is a capitalised name.
    static func isCredit(_ line: String) -> Bool {
        guard line.hasAtMost(80), !line.contains("  "), let last = line.last, !".!?:;,\"”".contains(last) else { return false }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "/" })
        guard (1...8).contains(words.count) else { return false }
        if line.contains("/") && words.allSatisfy({ $0.first?.isUppercase == true || $0 == "via" }) { return true }
        if words.contains(where: { agencyWords.contains($0.lowercased()) }) && words.count <= 6
            && words.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isLowercase == true && $0.count <= 3 }) {
            return true
        }
        // A person's name: two to four capitalised (not all-caps) words of letters.
        guard (2...4).contains(words.count) else { return false }
        return words.allSatisfy { word in
            word.first?.isUppercase == true && word.contains(where: \.isLowercase)
                && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." || $0 == "'" || $0 == "’" }
        }
    }

    /// A heading is one short line in title case ("More from GZERO Media"):
    /// no digits, no closing punctuation, every word capitalised but for
    /// small words like "from". Short data lines ("Shr 12 cts vs 10 cts") are not.
    static func isHeading(_ line: String) -> Bool {
        guard line.hasAtMost(60), let first = line.first, first.isUppercase,
              let last = line.last, !".!?:;,\"”)".contains(last), !line.contains(where: \.isNumber) else { return false }
        let words = line.split(separator: " ")
        return (1...8).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true || smallWords.contains(String($0)) }
    }

    /// Words a title-case heading may leave in lower case.
    static let smallWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "with",
        "by", "via", "into", "onto", "over", "under", "about", "after", "before", "as", "vs",
    ]

    /// A block whose lines are laid out in columns (runs of three spaces).
    static func isTable(_ lines: [String]) -> Bool {
        lines.contains { $0.contains("   ") }
    }

    /// "WASHINGTON, Feb 26", "PORTLAND, Ore., March 3", "Toronto, Feb 26":
    /// a capitalised place of a few words, then a month and a day.
    static func isDateline(_ line: String) -> Bool {
        guard line.hasAtMost(60) else { return false }
        let words = line.split(separator: " ")
        guard words.count >= 3, words.count <= 8,
              let day = words.last, day.count <= 2, day.allSatisfy(\.isNumber) else { return false }
        let month = words[words.count - 2].lowercased().trimmingCharacters(in: ["."])
        guard month.count >= 3, month.allSatisfy(\.isLetter), months.contains(String(month.prefix(3))),
              line.contains(",") else { return false }
        return words[0].first?.isUppercase == true
    }

    /// The place of a dateline: "WASHINGTON, Feb 26" -> "WASHINGTON",
    /// "PORTLAND, Ore., March 3" -> "PORTLAND, Ore.".
    static func datelinePlace(_ line: String) -> String? {
        let words = line.split(separator: " ")
        guard words.count >= 3 else { return nil }
        var place = words.dropLast(2).joined(separator: " ")
        while place.hasSuffix(",") || place.hasSuffix(" ") { place.removeLast() }
        return place.isEmpty ? nil : place
    }

    /// The place of a wire-style lead: "LONDON (Reuters) - Shares fell" -> "LONDON",
    /// "SAN FRANCISCO, Calif. (AP) — The city" -> "SAN FRANCISCO, Calif.". Nil when the
    /// paragraph does not start with an upper-case place and an agency in brackets.
    static func leadPlace(_ paragraph: String) -> String? {
        guard let open = paragraph.firstIndex(of: "("), paragraph.distance(from: paragraph.startIndex, to: open) <= 40,
              let close = paragraph[open...].firstIndex(of: ")"), paragraph.distance(from: open, to: close) <= 20 else { return nil }
        let place = paragraph[..<open].trimmingWhitespace()
        let agency = paragraph[paragraph.index(after: open)..<close]
        let after = paragraph[paragraph.index(after: close)...].trimmingWhitespace()
        let words = place.split(separator: " ")
        guard (1...4).contains(words.count), let first = words.first, first.count >= 2,
              first.allSatisfy({ $0.isUppercase || $0 == "," || $0 == "." || $0 == "-" || $0 == "'" }),
              agency.count >= 2, agency.allSatisfy({ $0.isLetter || $0 == " " || $0 == "/" }),
              after.hasPrefix("-") || after.hasPrefix("–") || after.hasPrefix("—") else { return nil }
        var trimmed = place
        while trimmed.hasSuffix(",") { trimmed.removeLast() }
        return trimmed.isEmpty ? nil : trimmed
    }

    static let months: Set<String> = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
}
