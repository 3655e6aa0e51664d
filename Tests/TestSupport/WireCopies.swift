import Foundation

/// Copies of an article in the project's .txt format with the edits
/// republishing makes: a rewritten headline, a paragraph dropped or added,
/// a changed dateline or byline, sentences reordered, typos. Each edit keeps
/// the story; `earningsReport` makes the opposite, different stories that
/// share most of their words.
public enum WireCopies {
    public enum Edit: CaseIterable, Sendable {
        case headline, droppedParagraph, addedParagraph, dateline, reordered, typos
    }

    /// `text` with `edits` applied, in order (same text, edits and seed: same copy).
    public static func copy(of text: String, _ edits: [Edit], seed: UInt64 = 7) -> String {
        var rng = SplitMix64(seed: seed)
        var blocks = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }
        // The paragraphs: long blocks of one line (not the title, headings or two-line captions).
        func paragraphs() -> [Int] { blocks.indices.dropFirst().filter { blocks[$0].count > 80 && !blocks[$0].contains("\n") } }
        for edit in edits {
            switch edit {
            case .headline:
                blocks[0] = "UPDATE 2-" + blocks[0].replacingOccurrences(of: " ", with: "  ", options: [], range: nil) + " (adds comment)"
            case .droppedParagraph:
                let candidates = paragraphs()
                if candidates.count > 3 { blocks.remove(at: candidates[candidates.count - 2]) }
            case .addedParagraph:
                blocks.insert("Officials declined to comment further on the matter when reached by telephone late on Tuesday evening, citing the ongoing review.",
                              at: min(blocks.count, 2))
            case .dateline:
                if let first = paragraphs().first { blocks[first] = "FRANKFURT (Reuters) - " + blocks[first] }
                blocks.append("Reporting by Ines Okafor; Editing by Mark Potter")
            case .reordered:
                // Swaps two sentences in every third paragraph.
                for index in paragraphs() where rng.below(3) == 0 {
                    var sentences = blocks[index].components(separatedBy: ". ")
                    if sentences.count > 2 { sentences.swapAt(0, 1) }
                    blocks[index] = sentences.joined(separator: ". ")
                }
            case .typos:
                // Swaps two letters in every fifteenth word.
                for index in paragraphs() {
                    var words = blocks[index].components(separatedBy: " ")
                    for w in words.indices where w % 15 == 7 && words[w].count > 4 {
                        var letters = Array(words[w])
                        letters.swapAt(1, 2)
                        words[w] = String(letters)
                    }
                    blocks[index] = words.joined(separator: " ")
                }
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The first article from number `start` of `generator` long enough to
    /// fingerprint well (the generator's run from 3 to 12 paragraphs).
    public static func longArticle(_ generator: ArticleGenerator = ArticleGenerator(seed: 15), from start: Int) -> String {
        (start...).lazy.map { generator.article($0) }.first { $0.count > 1_500 }!
    }

    /// A templated quarterly earnings report, as wire services send hundreds
    /// of: two of them share most words and are different stories.
    public static func earningsReport(company: String, seed: UInt64) -> String {
        var rng = SplitMix64(seed: seed)
        func money() -> String { "\(rng.between(1...900)).\(rng.between(1...9)) mln dlrs" }
        func cents() -> String { "\(rng.between(2...190)) cts" }
        return """
        \(company) reports quarterly results

        \(company) said on Tuesday that its net income for the third quarter was \(money()), or \(cents()) a share, compared with \(money()), or \(cents()) a share, a year earlier.

        Revenues rose to \(money()) from \(money()) in the same quarter of last year, the company said in a statement.

        For the nine months, \(company) earned \(money()), or \(cents()) a share, against \(money()), or \(cents()) a share, on revenues of \(money()) against \(money()).

        The company said it expected results for the full year to be in line with the forecasts it gave in \(["January", "February", "March", "April"][rng.below(4)]), and that it would pay a dividend of \(cents()) a share.

        """
    }
}
