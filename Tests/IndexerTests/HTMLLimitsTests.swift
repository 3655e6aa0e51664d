import Foundation
import Testing
import TestSupport
@testable import Indexer

/// libxml2's HTML parser is quadratic in the attributes of one element (60,000
/// took 11 s, 1,000,000 ran past 600 s): the attributes and tags it is given are
/// bounded, and a page past a limit is read up to it, with one warning.
@Suite struct HTMLLimitsTests {
    func parse(_ bytes: [UInt8], _ path: String = "page.html") -> ParsedFile {
        ArticleFormat.parse(ArticleInput(path: path, bytes: bytes, text: String(decoding: bytes, as: UTF8.self)))
    }

    func timed(_ body: () -> ParsedFile) -> (ParsedFile, Double) {
        let start = Date()
        let parsed = body()
        return (parsed, Date().timeIntervalSince(start))
    }

    @Test func sixtyThousandAttributesOnOneElementTakeUnderASecond() {
        let bytes = HostileFiles.manyAttributes(60_000)
        let (parsed, seconds) = timed { parse(bytes) }
        #expect(seconds < 1, "\(seconds) s")
        #expect(parsed.articles.first?.paragraphs.map(\.text) == ["pangolin before", "aardvark after the attributes"])
        #expect(parsed.warnings.count == 1, "\(parsed.warnings)")
        #expect(parsed.warnings.first?.contains("attributes") == true, "\(parsed.warnings)")
    }

    @Test func attributesWithinTheLimitAreAllReadWithoutAWarning() {
        let filler = (0..<99).map { " data-x\($0)=\"\($0)\"" }.joined()
        let html = "<html><body><figure><img\(filler) alt=\"Boats in the old harbour\"></figure><p>Text.</p></body></html>"
        let parsed = parse(Array(html.utf8))
        #expect(parsed.warnings.isEmpty, "\(parsed.warnings)")
        #expect(parsed.articles.first?.captions.map(\.text) == ["Boats in the old harbour"])
    }

    @Test func manyElementsWithManyAttributesStayCheap() {
        let attrs = (0..<300).map { " a\($0)" }.joined()
        let html = "<html><body>" + String(repeating: "<p\(attrs)>word</p>", count: 2_000) + "<p>aardvark after</p></body></html>"
        let (parsed, seconds) = timed { parse(Array(html.utf8)) }
        #expect(seconds < 2, "\(seconds) s")
        #expect(parsed.articles.first?.paragraphs.last?.text == "aardvark after")
        #expect(parsed.warnings.count == 1, "\(parsed.warnings)")
    }

    @Test func aPagePastTheTagLimitIsReadUpToItWithOneWarning() {
        let html = "<html><body><p>pangolin first</p>" + String(repeating: "<b>x</b>", count: 200_000) + "<p>aardvark last</p></body></html>"
        let parsed = parse(Array(html.utf8))
        #expect(parsed.articles.first?.paragraphs.first?.text == "pangolin first")
        #expect(parsed.warnings.count == 1, "\(parsed.warnings)")
        #expect(parsed.warnings.first?.contains("tags") == true, "\(parsed.warnings)")
    }

    @Test func aQuotedGreaterThanSignDoesNotHideAttributes() {
        // The attributes after a quoted ">" are still the tag's: libxml2 sees them, so they are counted.
        let attrs = (0..<60_000).map { " a\($0)" }.joined()
        let html = "<html><body><p title=\"a > b\"\(attrs)>pangolin</p><p>aardvark</p></body></html>"
        let (parsed, seconds) = timed { parse(Array(html.utf8)) }
        #expect(seconds < 1, "\(seconds) s")
        #expect(parsed.articles.first?.paragraphs.map(\.text) == ["pangolin", "aardvark"])
    }

    @Test func aTextOfMoreThanTenMillionBytesIsSaidToStopTheParser() throws {
        // libxml2 stops at a text node past 10,000,000 bytes; that is said, not silent.
        let bytes = Array("<p>".utf8) + [UInt8](repeating: UInt8(ascii: "w"), count: 10_000_100) + Array("</p><p>after</p>".utf8)
        let (_, limits) = try #require(HTMLTreeReader.parse(bytes, encoding: "UTF-8"))
        let warning = try #require(limits.warning(charset: "UTF-8"))
        #expect(warning.contains("stopped early") && warning.contains("huge text node"), "\(warning)")
    }

    @Test func aPageInACharsetThatIsNotASCIICompatibleIsScannedAfterConversion() {
        // In ISO-2022-JP, "<" and ">" bytes occur inside Japanese text: the limits are applied to its UTF-8.
        let bytes: [UInt8] = Array("<html><head><meta charset=\"iso-2022-jp\"></head><body><p>".utf8)
            + [0x1B, 0x24, 0x42, 0x24, 0x33, 0x24, 0x73, 0x24, 0x4B, 0x24, 0x41, 0x24, 0x4F, 0x1B, 0x28, 0x42]
            + Array(" pangolin</p></body></html>".utf8)
        let parsed = parse(bytes)
        #expect(parsed.articles.first?.paragraphs.map(\.text) == ["こんにちは pangolin"])
        #expect(parsed.warnings.isEmpty, "\(parsed.warnings)")
    }
}
