import Foundation

/// Near-identical copies for the story tests (issue 15): an article and the
/// copies republishing makes of it, and different stories that share many
/// words (earnings reports), in the project's .txt format.
extension ArticleGenerator {
    /// The first generated article from `start` on with at least `paragraphs`
    /// paragraphs (and so enough text to tell copies by), as blocks: title first.
    public func longArticle(from start: Int = 0, paragraphs: Int = 7) -> [String] {
        var index = start
        while true {
            let blocks = article(index).trimmingCharacters(in: .newlines).components(separatedBy: "\n\n")
            if blocks.dropFirst().filter({ !$0.contains("\n") }).count >= paragraphs { return blocks }
            index += 1
        }
    }

    /// The story five times: `blocks` with `marker` (a sentence) in its first
    /// paragraph and a byline, then four copies, each with one edit of
    /// republishing: a changed headline, a paragraph dropped, another byline, a typo.
    public static func republished(_ blocks: [String], marker: String) -> [String] {
        var original = blocks
        let first = original.indices.dropFirst().first { !original[$0].contains("\n") && original[$0].count > 80 } ?? 1
        original[first] += " " + marker
        original.insert("By Maria Lopez", at: 1)
        var headline = original
        headline[0] = "UPDATE 1-" + headline[0] + ", sources say"
        var dropped = original
        if let last = dropped.indices.last(where: { $0 > first + 1 && !dropped[$0].contains("\n") }) { dropped.remove(at: last) }
        var byline = original
        byline[1] = "By Tom Reyes and Ana Silva, Reuters"
        var typo = original
        typo[first] = typo[first].replacingOccurrences(of: " the ", with: " teh ", options: [], range: nil)
        return [original, headline, dropped, byline, typo].map { $0.joined(separator: "\n\n") + "\n" }
    }

    /// An earnings report made up from the results topic: a story of its own
    /// that shares most of its words with every other.
    public func earningsReport(_ index: Int) -> String {
        var rng = SplitMix64(seed: SplitMix64.mix(0xea51 ^ UInt64(index)))
        let topic = NewsVocabulary.topics.first { $0.name == "results" }!
        var deck = rng.shuffled(topic.sentences)
        var blocks = [capitalised(fill(topic.titles[0], &rng))]
        for _ in 0..<4 {
            var sentences: [String] = []
            for _ in 0..<3 {
                if deck.isEmpty { deck = rng.shuffled(topic.sentences) }
                sentences.append(capitalised(fill(deck.removeLast(), &rng)))
            }
            blocks.append(sentences.joined(separator: " "))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// `text` with `caption` (its line, a newline, its credit) after its first paragraph.
    public static func withCaption(_ text: String, caption: String) -> String {
        var blocks = text.trimmingCharacters(in: .newlines).components(separatedBy: "\n\n")
        blocks.insert(caption, at: min(2, blocks.count))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The duplicate tests' corpus, written into `corpus`: 40 generated articles
    /// (seed 7); one story five times (`story/copy-N.txt`, the original and its four
    /// copies), all holding `quorvane`; two earnings reports (`earnings/`); and
    /// three unrelated pages with the same photo caption, the only text holding
    /// `glimmerhaven` (`pages/`).
    public static func writeStoryCorpus(into corpus: String) {
        let generator = ArticleGenerator(seed: 7)
        generator.writeCorpus(count: 40, into: corpus)
        let story = republished(generator.longArticle(from: 500), marker: "Officials at the Quorvane consortium declined to comment.")
        for (n, text) in story.enumerated() { Fixtures.write(text, to: corpus + "/story/copy-\(n + 1).txt") }
        Fixtures.write(generator.earningsReport(1), to: corpus + "/earnings/report-a.txt")
        Fixtures.write(generator.earningsReport(2), to: corpus + "/earnings/report-b.txt")
        let caption = "Cranes lift containers at the Glimmerhaven terminal in Rotterdam, March 3, 2024.\nREUTERS/Ana Silva"
        for n in 1...3 {
            Fixtures.write(withCaption(generator.article(600 + n * 7), caption: caption), to: corpus + "/pages/page-\(n).txt")
        }
    }
}
