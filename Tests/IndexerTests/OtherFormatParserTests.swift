import Foundation
import Testing
@testable import Indexer
import TestSupport

@Suite struct OtherFormatParserTests {
    let temp = TempFolder()
    func parse(_ name: String) -> ParsedFile {
        let bytes = Fixtures.formatBytes(name)
        return ArticleFormat.parse(ArticleInput(path: name, bytes: bytes, text: String(decoding: bytes, as: UTF8.self)))
    }

    @Test func formatsAreChosenByExtension() {
        #expect(ArticleFormat(path: "a/b.HTM") == .html)
        #expect(ArticleFormat(path: "x.html") == .html)
        #expect(ArticleFormat(path: "x.md") == .markdown)
        #expect(ArticleFormat(path: "x.jsonl") == .jsonl)
        #expect(ArticleFormat(path: "x.txt") == .text)
        #expect(ArticleFormat(path: "x.pdf") == nil)
        #expect(ArticleFormat(path: "dir.md/file") == nil)
        #expect(ArticleFormat.allExtensions == ["txt", "html", "htm", "md", "jsonl"])
    }

    @Test func markdownFrontMatterGivesTitleDateAuthorAndPlace() {
        let article = parse("notes.md").articles[0]
        #expect(article.title == "Night trains make a comeback")
        #expect(article.date == "2024-03-08")
        #expect(article.byline == "Priya Raman")
        #expect(article.place == "Vienna")
    }

    @Test func markdownImageAndEmphasisedLineAreACaptionWithCredit() {
        let article = parse("notes.md").articles[0]
        #expect(article.captions.count == 1)
        #expect(article.captions[0].text == "Passengers boarding a sleeper train at Vienna Hauptbahnhof")
        #expect(article.captions[0].credit == "Clemens Huber")
        #expect(article.paragraphs.map(\.text).contains("The operator plans to add carriages next winter."))
        #expect(article.paragraphs.last?.section == "Prices")
    }

    @Test func markdownTitleIsTheFirstHeadingWithoutFrontMatter() {
        let article = ArticleFormat.parse(ArticleInput(path: "a.md", text: "# Hello world\n\nFirst paragraph.\n\nSecond *one*.\n")).articles[0]
        #expect(article.title == "Hello world")
        #expect(article.paragraphs.map(\.text) == ["First paragraph.", "Second one."])
    }

    @Test func jsonLinesGivesOneArticlePerGoodLineAndWarnsAboutBadOnes() {
        let parsed = parse("feed.jsonl")
        #expect(parsed.articles.map(\.locator) == ["1", "3", "6"])
        #expect(parsed.warnings == ["2 lines skipped: line 2 is not valid JSON, line 5 is not a JSON object"])
        let solar = parsed.articles[0]
        #expect(solar.title == "Solar farm opens on old airfield")
        #expect(solar.paragraphs.map(\.text) == ["A solar farm opened on a disused airfield on Tuesday.", "It will power ten thousand homes, the council said."])
        #expect(solar.captions.map(\.text) == ["Panels stretch along the old runway."])
        #expect(solar.captions.map(\.credit) == ["REUTERS/Tom Baker"])
        #expect(solar.date == "2024-04-20" && solar.byline == "Ines Duarte" && solar.place == "LISBON")
        #expect(solar.url == "https://feed.example/solar")
        let river = parsed.articles[1]
        #expect(river.paragraphs.count == 2)
        #expect(river.byline == "Sam Lee, Ana Cruz")
        #expect(river.date == "2024-04-02T14:00:00Z")
    }

    @Test func latin1TextFileIsDecodedAsWindows1252WithAWarning() throws {
        let reader = ArticleFileReader()
        guard case .read(let contents) = reader.read(Fixtures.formatFile("latin1.txt")) else {
            Issue.record("latin1.txt was not read")
            return
        }
        #expect(contents.fallbackEncoding == "Windows-1252")
        let parsed = ArticleFormat.parse(contents.input(path: "latin1.txt"))
        #expect(parsed.warnings == ["not valid UTF-8 (first bad byte at offset 3); decoded as Windows-1252"])
        #expect(parsed.articles[0].title == "Café society returns")
        #expect(parsed.articles[0].paragraphs[0].text.contains("naïve tourists paid £5."))
    }

    @Test func aByteOrderMarkIsDropped() throws {
        let dir = temp.path
        try Data([0xEF, 0xBB, 0xBF] + Array("{\"title\": \"BOM\", \"body\": \"Text.\"}\n".utf8)).write(to: URL(fileURLWithPath: dir + "/b.jsonl"))
        guard case .read(let contents) = ArticleFileReader().read(dir + "/b.jsonl") else {
            Issue.record("b.jsonl was not read")
            return
        }
        let parsed = ArticleFormat.parse(contents.input(path: "b.jsonl"))
        #expect(parsed.warnings.isEmpty && parsed.articles.first?.title == "BOM")
    }

    @Test func binaryFilesAreStillSkipped() throws {
        let dir = temp.path
        try Data([0x41, 0, 0xFF, 0x42]).write(to: URL(fileURLWithPath: dir + "/b.txt"))
        guard case .skipped(.binary) = ArticleFileReader().read(dir + "/b.txt") else {
            Issue.record("binary file not skipped")
            return
        }
    }

    @Test func theSeedParsesExactlyAsBeforeThroughTheRegistry() {
        let parsed = ArticleFormat.parse(ArticleInput(path: "seed.txt", text: Fixtures.seedText))
        #expect(parsed.warnings.isEmpty)
        #expect(parsed.articles == [TextArticleParser().parse(Fixtures.seedText)])
        let seed = parsed.articles[0]
        #expect(seed.passages.count == 23 && seed.captions.count == 8)
        #expect(seed.date == nil && seed.byline == nil && seed.place == nil && seed.locator == nil)
    }

    @Test func reutersDatelineBecomesThePlace() {
        let article = TextArticleParser().parse("TITLE\n\nPORTLAND, Ore., March 3\n\nA paragraph.\n")
        #expect(article.dateline == "PORTLAND, Ore., March 3")
        #expect(article.place == "PORTLAND, Ore.")
        #expect(article.passages.count == 1)
    }

    @Test func wireLeadGivesThePlaceOutsidePlainText() {
        #expect(Heuristics.leadPlace("LONDON (Reuters) - Shares fell on Monday.") == "LONDON")
        #expect(Heuristics.leadPlace("SAN FRANCISCO, Calif. (AP) — The city voted.") == "SAN FRANCISCO, Calif.")
        #expect(Heuristics.leadPlace("The minister (right) - said no.") == nil)
        #expect(Heuristics.leadPlace("Shares fell (sharply) on Monday.") == nil)
        let jsonl = "{\"title\": \"T\", \"body\": \"BERLIN (dpa) - Trains ran late.\"}"
        #expect(ArticleFormat.parse(ArticleInput(path: "w.jsonl", text: jsonl)).articles.first?.place == "BERLIN")
        #expect(ArticleFormat.parse(ArticleInput(path: "w.txt", text: "T\n\nBERLIN (dpa) - Trains ran late.\n")).articles.first?.place == nil)
    }

    @Test func markdownHeadingRepeatingTheTitleIsNotASection() {
        let article = ArticleFormat.parse(ArticleInput(path: "a.md", text: "---\ntitle: Big news\n---\n# Big News\n\nText.\n")).articles[0]
        #expect(article.title == "Big news")
        #expect(article.paragraphs.first?.section == nil)
    }

    @Test func datesAreNormalised() {
        #expect(ArticleDate.normalize("2024-04-15") == "2024-04-15")
        #expect(ArticleDate.normalize("2024-04-15T09:30:00Z") == "2024-04-15T09:30:00Z")
        #expect(ArticleDate.normalize("Mon, 15 Apr 2024 09:30:00 GMT") == "2024-04-15T09:30:00Z")
        #expect(ArticleDate.normalize("April 5, 2024") == "2024-04-05")
        #expect(ArticleDate.normalize("5 April 2024") == "2024-04-05")
        #expect(ArticleDate.normalize("yesterday") == nil)
        #expect(ArticleDate.normalize("2024-13-01") == nil)
        #expect(ArticleDate.sortKey("2024-04-15T09:30:00Z") == "20240415")
    }

    @Test func afterAndBeforeBecomeDateRanges() {
        #expect(SearchFields.rewrite("ferry after:2024-04-01") == "ferry date:2024-04-01..")
        #expect(SearchFields.rewrite("before:2024-04-30 ferry") == "date:..2024-04-30 ferry")
        #expect(SearchFields.rewrite("\"after:2024\" x") == "\"after:2024\" x")
        #expect(SearchFields.rewrite("plain words") == "plain words")
        #expect(SearchFields.rewrite("after:2024-04-01 x before:2024-04-30") == "date:2024-04-01..2024-04-30 x")
    }

    @Test func windows1252DecodesTheHighCharacters() {
        #expect(Windows1252.decode([0x80, 0x93, 0x94, 0xE9, 0x41]) == "€“”éA")
    }
}
