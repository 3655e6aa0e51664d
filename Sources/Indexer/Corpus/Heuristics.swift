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
        guard line.count <= 80, let last = line.last, !".!?:;,\"”".contains(last) else { return false }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "/" })
        guard (1...8).contains(words.count) else { return false }
        if line.contains("/") && words.allSatisfy({ $0.first?.isUppercase == true || $0 == "via" }) { return true }
        if words.contains(where: { agencyWords.contains($0.lowercased()) }) && words.count <= 6
            && words.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isLowercase == true && $0.count <= 3 }) {
            return true
        }
        // A person's name: two to four capitalised words of letters.
        guard (2...4).contains(words.count) else { return false }
        return words.allSatisfy { word in
            word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." || $0 == "'" || $0 == "’" }
        }
    }

    /// A heading is one short line that reads like a title, not a sentence.
    static func isHeading(_ line: String) -> Bool {
        guard line.count <= 60, let first = line.first, first.isUppercase || first.isNumber,
              let last = line.last, !".!?:;,\"”)".contains(last) else { return false }
        let words = line.split(separator: " ")
        return (1...8).contains(words.count)
    }

    /// "WASHINGTON, Feb 26" or "NEW YORK, March 3": upper-case place, month, day.
    static func isDateline(_ line: String) -> Bool {
        guard let comma = line.lastIndex(of: ","), line.count <= 60 else { return false }
        let place = line[..<comma]
        let date = line[line.index(after: comma)...].split(separator: " ")
        guard !place.isEmpty, place.allSatisfy({ !$0.isLowercase }), place.contains(where: { $0.isLetter }),
              date.count == 2, let month = date.first, months.contains(month.lowercased().prefix(3).description),
              date[1].allSatisfy(\.isNumber) else { return false }
        return true
    }

    static let months: Set<String> = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
}
