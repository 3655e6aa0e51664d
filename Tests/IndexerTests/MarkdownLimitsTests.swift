import Foundation
import Testing
import TestSupport
@testable import Indexer

/// cmark-gfm spends about half a microsecond on each emphasis, link, code,
/// HTML, entity or quote marker, and a `>` becomes 27 bytes of HTML (8 MB of
/// quote markers took 4.6 s and made 215 MB), which libxml2 then stops reading
/// at 256 levels: a file with too many markers is read as plain text, with one
/// warning, in time and memory linear in its size.
@Suite struct MarkdownLimitsTests {
    func parse(_ text: String) -> (ParsedFile, Double) {
        let start = Date()
        let parsed = ArticleFormat.parse(ArticleInput(path: "note.md", text: text))
        return (parsed, Date().timeIntervalSince(start))
    }

    @Test func twoThousandLinesQuotedAThousandTimesAreReadAsPlainTextQuickly() {
        let quoted = String(repeating: String(repeating: ">", count: 1_000) + " wombat deep\n", count: 2_000)
        let (parsed, seconds) = parse("# Heavy note\n\npangolin before\n\n" + quoted + "\naardvark after\n")
        #expect(seconds < 3, "\(seconds) s")
        #expect(parsed.warnings.count == 1 && parsed.warnings[0].hasSuffix("read as plain text"), "\(parsed.warnings)")
        let article = parsed.articles.first
        #expect(article?.title == "Heavy note")
        #expect(article?.paragraphs.first?.text == "pangolin before")
        #expect(article?.paragraphs.last?.text == "aardvark after")
    }

    @Test func aNoteWithinTheLimitsIsStillMarkdown() {
        let text = "---\ntitle: Light note\n---\n\n" + (0..<500).map { "A *fine* paragraph [\($0)](http://x/\($0)) & more." }.joined(separator: "\n\n") + "\n"
        let (parsed, _) = parse(text)
        #expect(parsed.warnings.isEmpty, "\(parsed.warnings)")
        #expect(parsed.articles.first?.paragraphs.first?.text == "A fine paragraph 0 & more.")
    }
}
