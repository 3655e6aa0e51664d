/// A spelling dictionary as one metadata value: `word TAB frequency` per line.
/// Xapian 1.4 reads spellings only from local databases; metadata crosses the wire.
public enum SpellingExport {
    public static func encode(_ words: [(word: String, frequency: Int)]) -> String {
        words.map { "\($0.word)\t\($0.frequency)\n" }.joined()
    }

    /// The words and frequencies of `text`; lines that do not parse are skipped.
    public static func decode(_ text: String) -> [(word: String, frequency: Int)] {
        text.split(separator: "\n").compactMap { line in
            guard let tab = line.firstIndex(of: "\t"), let frequency = Int(line[line.index(after: tab)...]), frequency > 0 else { return nil }
            return (word: String(line[..<tab]), frequency: frequency)
        }
    }
}
