import Testing
import TestSupport
@testable import Indexer

/// One file, one warning line: a binary file renamed `.jsonl` gave 809.
@Suite struct WarningFloodTests {
    func parse(_ bytes: [UInt8], _ path: String) -> ParsedFile {
        let text = UTF8Validation.firstInvalidOffset(bytes) == nil ? String(decoding: bytes, as: UTF8.self) : Windows1252.decode(bytes)
        let fallback = UTF8Validation.firstInvalidOffset(bytes) == nil ? nil : "Windows-1252"
        return ArticleFormat.parse(ArticleInput(path: path, bytes: bytes, text: text, fallbackEncoding: fallback,
                                                invalidUTF8Offset: UTF8Validation.firstInvalidOffset(bytes)))
    }

    @Test func aBinaryFileNamedJSONLinesGetsOneWarningWithACount() {
        let parsed = parse(HostileFiles.binaryLines(809), "feed.jsonl")
        #expect(parsed.articles.isEmpty)
        #expect(parsed.warnings.count == 1, "\(parsed.warnings.count) warnings")
        #expect(parsed.warnings.first?.contains("809 lines") == true, "\(parsed.warnings.first ?? "")")
    }

    @Test func twoBadLinesGetOneWarningNamingBoth() {
        let text = "{\"title\": \"One\"}\nnot json\n{\"title\": \"Two\"}\n[1, 2]\n"
        let parsed = ArticleFormat.parse(ArticleInput(path: "feed.jsonl", text: text))
        #expect(parsed.articles.count == 2)
        #expect(parsed.warnings == ["2 lines skipped: line 2 is not valid JSON, line 4 is not a JSON object"])
    }

    @Test func theLinesOfACRLFFileAreEachAnArticle() {
        let parsed = ArticleFormat.parse(ArticleInput(path: "feed.jsonl", text: "{\"title\": \"One\"}\r\n{\"title\": \"Two\"}\r\n"))
        #expect(parsed.articles.map(\.title) == ["One", "Two"] && parsed.warnings.isEmpty, "\(parsed.warnings)")
    }

    @Test func oneBadLineIsNamedAsBefore() {
        let parsed = ArticleFormat.parse(ArticleInput(path: "feed.jsonl", text: "{\"title\": \"One\"}\n{oops\n"))
        #expect(parsed.warnings == ["line 2: not valid JSON; line skipped"])
    }
}
