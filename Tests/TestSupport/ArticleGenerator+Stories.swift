import Foundation

/// The corpus of the search-time duplicate tests (issue 15): one story
/// republished five times (`WireCopies`), two earnings reports, and one photo
/// caption on three unrelated pages, among generated articles.
extension ArticleGenerator {
    /// `text` with `block` (a paragraph, or a caption's line, a newline and its credit) after its first paragraph.
    public static func inserting(_ block: String, into text: String) -> String {
        var blocks = text.trimmingCharacters(in: .newlines).components(separatedBy: "\n\n")
        blocks.insert(block, at: min(2, blocks.count))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The duplicate tests' corpus, written into `corpus`: 40 generated articles
    /// (seed 7); one story five times (`story/copy-N.txt`: the original, and
    /// copies with a changed headline, a paragraph dropped, a dateline and a
    /// byline added, typos), all holding `quorvane`, in a short paragraph the
    /// edits leave alone; two earnings reports (`earnings/`); and three
    /// unrelated pages with the same photo caption, the only text holding
    /// `glimmerhaven` (`pages/`).
    public static func writeStoryCorpus(into corpus: String) {
        let generator = ArticleGenerator(seed: 7)
        generator.writeCorpus(count: 40, into: corpus)
        let original = inserting("Officials at the Quorvane consortium declined to comment.",
                                 into: WireCopies.longArticle(generator, from: 500))
        let edits: [[WireCopies.Edit]] = [[], [.headline], [.droppedParagraph], [.dateline], [.typos]]
        for (n, edit) in edits.enumerated() {
            Fixtures.write(WireCopies.copy(of: original, edit, seed: UInt64(n)), to: corpus + "/story/copy-\(n + 1).txt")
        }
        Fixtures.write(WireCopies.earningsReport(company: "Norvik Steel", seed: 1), to: corpus + "/earnings/report-a.txt")
        Fixtures.write(WireCopies.earningsReport(company: "Halden Foods", seed: 2), to: corpus + "/earnings/report-b.txt")
        let caption = "Cranes lift containers at the Glimmerhaven terminal in Rotterdam, March 3, 2024.\nREUTERS/Ana Silva"
        for n in 1...3 {
            Fixtures.write(inserting(caption, into: generator.article(600 + n * 7)), to: corpus + "/pages/page-\(n).txt")
        }
    }
}
