/// The words of one text by their stems, to show a stem as the text wrote it:
/// "germani" as "Germany", "manag" as "managers" (its first word with that stem).
struct SourceWords {
    private var byStem: [String: String] = [:]

    init(_ text: String, stem: Stem) {
        for word in text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
            let lower = word.lowercased()
            let stemmed = (try? stem(lower)) ?? lower
            if byStem[stemmed] == nil { byStem[stemmed] = String(word) }
            if byStem[lower] == nil { byStem[lower] = String(word) }
        }
    }

    /// The text's first word with this stem, else the stem itself.
    func written(stem: String) -> String { byStem[stem] ?? stem }
}
