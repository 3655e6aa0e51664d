import Testing
import TestSupport
@testable import Indexer

/// Past 255 levels libxml2 stops reading a document, silently: text after the
/// deep part was lost. Deep elements are flattened instead, and the file gets
/// one warning saying so.
@Suite struct DeepMarkupTests {
    func parse(_ bytes: [UInt8], _ path: String) -> ParsedFile {
        ArticleFormat.parse(ArticleInput(path: path, bytes: bytes, text: String(decoding: bytes, as: UTF8.self)))
    }

    func texts(_ parsed: ParsedFile) -> [String] { parsed.articles.flatMap(\.passages).map(\.text) }

    @Test(arguments: [300, 100_000])
    func deepHTMLKeepsTheTextAfterTheDeepPartAndWarnsOnce(depth: Int) {
        let parsed = parse(HostileFiles.deepHTML(depth), "deep.html")
        #expect(texts(parsed).first == "pangolin before the deep part")
        #expect(texts(parsed).last == "aardvark after the deep part", "\(texts(parsed))")
        #expect(texts(parsed).contains("wombat inside the deep part"), "\(texts(parsed))")
        #expect(parsed.warnings.count == 1, "\(parsed.warnings)")
    }

    @Test(arguments: [300, 100_000])
    func deepMarkdownKeepsTheTextAfterTheDeepPartAndWarnsOnce(depth: Int) {
        let parsed = parse(HostileFiles.deepMarkdown(depth), "deep.md")
        #expect(texts(parsed).first == "pangolin before the deep part")
        #expect(texts(parsed).last == "aardvark after the deep part", "\(texts(parsed))")
        #expect(texts(parsed).contains { $0.contains("wombat inside the deep part") }, "\(texts(parsed))")
        #expect(parsed.warnings.count == 1, "\(parsed.warnings)")
    }

    @Test func nestingWithinTheLimitGivesNoWarning() {
        let parsed = parse(HostileFiles.deepHTML(150), "fine.html")
        #expect(parsed.warnings.isEmpty, "\(parsed.warnings)")
        #expect(texts(parsed) == ["pangolin before the deep part", "wombat inside the deep part", "aardvark after the deep part"])
    }
}
