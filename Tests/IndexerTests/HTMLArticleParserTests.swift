import Testing
@testable import Indexer
import TestSupport

@Suite struct HTMLArticleParserTests {
    func parse(_ name: String) -> ParsedFile {
        let bytes = Fixtures.formatBytes(name)
        return ArticleFormat.parse(ArticleInput(path: name, bytes: bytes, text: String(decoding: bytes, as: UTF8.self)))
    }

    var page: Article { parse("page.html").articles[0] }

    @Test func titleComesFromOpenGraph() {
        #expect(page.title == "Harbour ferries return after the winter storms")
    }

    @Test func navigationAdsScriptsHeadersFootersAndAsidesAreSkipped() {
        let all = page.passages.map(\.text).joined(separator: " ")
        for word in ["quokkanav", "wombatheader", "narwhalads", "axolotlaside", "capybaraad", "lemuraside", "tapirfooter",
                     "pangolinscript", "zebrascript", "okapiscript", "color: red"] {
            #expect(!all.contains(word), "\(word) leaked into the passages")
        }
        #expect(page.paragraphs.count == 3)
    }

    @Test func figcaptionsBecomeCaptionsWithTheirCredits() {
        #expect(page.captions.map(\.text) == [
            "Passengers board the morning ferry at the rebuilt pier.",
            "A crane lifts new pontoons into place.",
            "Seagulls circling over the fish market at dawn",
        ])
        // <cite>Photo: …</cite>, the caption's last line, and a credit class.
        #expect(page.captions.map(\.credit) == ["Jonas Lindqvist", "REUTERS/Anna Schmidt", "Maria Okafor"])
        #expect(page.captions[1].section == "What comes next")
    }

    @Test func entitiesAreDecoded() {
        #expect(page.paragraphs[0].text.hasSuffix("the main pier & the ticket office."))
        #expect(page.paragraphs[1].text.hasPrefix("Café owners"))
        #expect(page.paragraphs[1].text.contains("back’s way"))
    }

    @Test func dateBylineAndURLComeFromMetadata() {
        #expect(page.date == "2024-04-15T09:30:00Z")
        #expect(page.byline == "Maria Okafor")
        #expect(page.url == "https://gazette.example/2024/04/15/harbour-ferries")
    }

    @Test func passagesAreNumberedInReadingOrder() {
        #expect(page.passages.map(\.number) == Array(0..<6))
        #expect(page.passages.map(\.kind) == [.paragraph, .caption, .paragraph, .caption, .paragraph, .caption])
    }

    @Test func declaredCharsetIsHonouredWithoutAWarning() {
        let parsed = parse("latin1-declared.html")
        #expect(parsed.warnings.isEmpty)
        let article = parsed.articles[0]
        #expect(article.title == "Mountain café reopens")
        #expect(article.paragraphs.first?.text.contains("déjà vu") == true)
    }

    @Test func jsonLDGivesDateAuthorPlaceAndURL() {
        let article = parse("latin1-declared.html").articles[0]
        #expect(article.date == "2023-12-02T08:00:00+01:00")
        #expect(article.byline == "Lukas Brunner")
        #expect(article.place == "Zermatt")
        #expect(article.url == "https://alpine.example/cafe")
    }

    @Test func altTextIsACaptionWhenThereIsNoFigcaption() {
        let article = parse("latin1-declared.html").articles[0]
        #expect(article.captions.map(\.text) == ["Skiers queue outside the mountain cafe at noon"])
    }

    @Test func timeElementGivesTheDateWhenNothingElseDoes() {
        let html = "<html><body><article><h1>T</h1><time datetime=\"2022-05-06T10:00\">6 May</time><p>Text here.</p></article></body></html>"
        let article = ArticleFormat.parse(ArticleInput(path: "a.html", text: html)).articles[0]
        #expect(article.date == "2022-05-06T10:00")
        #expect(article.title == "T")
    }

    @Test func undeclaredNonUTF8PageFallsBackToWindows1252WithAWarning() {
        let bytes = Array("<html><body><p>Caf".utf8) + [0xE9, 0x20, 0x93] + Array("quoted".utf8) + [0x94] + Array("</p></body></html>".utf8)
        let input = ArticleInput(path: "x.html", bytes: bytes, text: Windows1252.decode(bytes), fallbackEncoding: "Windows-1252", invalidUTF8Offset: 18)
        let parsed = ArticleFormat.parse(input)
        #expect(parsed.decodedWithFallback)
        #expect(parsed.warnings.count == 1 && parsed.warnings[0].contains("decoded as Windows-1252"))
        #expect(parsed.articles[0].paragraphs.first?.text == "Café “quoted”")
    }

    @Test func tagSoupDoesNotCrash() {
        let html = "<p>one <b>two <i>three</p><div><p>four" + String(repeating: "<div>", count: 5_000) + "deep"
        let parsed = ArticleFormat.parse(ArticleInput(path: "soup.htm", text: html))
        #expect(parsed.articles.count == 1)
        #expect(parsed.articles[0].paragraphs.first?.text == "one two three")
    }
}
