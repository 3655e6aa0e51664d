import Testing
import TestSupport
@testable import Indexer

/// One article's memory must not follow its file's size (a 1,000,000-block
/// text file took 1.59 GB): an article keeps at most 10,000 passages, and the
/// file gets one warning saying how many more there were.
@Suite struct PassageCapTests {
    func parse(_ bytes: [UInt8], _ path: String) -> ParsedFile {
        ArticleFormat.parse(ArticleInput(path: path, bytes: bytes, text: String(decoding: bytes, as: UTF8.self)))
    }

    @Test func aTextArticleKeepsTenThousandPassagesAndWarnsOnce() {
        let parsed = parse(HostileFiles.manyBlocks(25_000), "big.txt")
        #expect(parsed.passageCount == 10_000)
        #expect(parsed.articles.first?.passages.last?.number == 9_999)
        #expect(parsed.warnings.count == 1, "\(parsed.warnings)")
        #expect(parsed.warnings.first?.contains("10000") == true && parsed.warnings.first?.contains("15000") == true, "\(parsed.warnings)")
    }

    @Test func aJSONLinesBodyIsCappedToo() {
        let body = (0..<12_000).map { "paragraph \($0)" }.joined(separator: "\\n\\n")
        let parsed = parse(Array("{\"title\": \"Long\", \"body\": \"\(body)\"}\n".utf8), "feed.jsonl")
        #expect(parsed.passageCount == 10_000)
        #expect(parsed.warnings.count == 1, "\(parsed.warnings)")
    }

    @Test func anHTMLArticleIsCappedToo() {
        let html = "<html><body>" + (0..<12_000).map { "<p>paragraph \($0)</p>" }.joined() + "</body></html>"
        let parsed = parse(Array(html.utf8), "page.html")
        #expect(parsed.passageCount == 10_000)
        #expect(parsed.warnings.count == 1, "\(parsed.warnings)")
    }

    @Test func anArticleAtTheCapGetsNoWarning() {
        let parsed = parse(HostileFiles.manyBlocks(10_000), "full.txt")
        #expect(parsed.passageCount == 10_000 && parsed.warnings.isEmpty, "\(parsed.warnings)")
    }
}
