import Foundation
import Testing
@testable import Indexer
import TestSupport

/// A folder mixing the four formats indexes in one build and searches across them.
@Suite struct MixedFormatIndexTests {
    let temp = TempFolder()
    var root: String { temp.path }
    let corpus: String
    var index: String { root + "/index" }
    let summary: BuildSummary
    let logs = LogCapture()

    init() throws {
        corpus = try Fixtures.mixedCorpus(in: temp.path)
        summary = try Fixtures.build(corpus, temp("index"), logger: logs.logger)
    }

    func ids(_ query: String, sort: SearchSort = .relevance, perArticle: Int = 1, limit: Int = 50) throws -> [String] {
        var request = SearchRequest(query: query, limit: limit, perArticle: perArticle)
        request.sort = sort
        return try Searcher(index: index, logger: Fixtures.quietLogger).search(request).hits.map(\.id)
    }

    @Test func everyFormatIsIndexedInOneBuild() throws {
        #expect(summary.skipped.isEmpty)
        #expect(summary.articles == 8)  // 2 text, 2 HTML, 1 Markdown, 3 JSON Lines (of 5 lines)
        let formats = try #require(summary.formats)
        #expect(formats["text"]?.articles == 2 && formats["text"]?.passages == 24)
        #expect(formats["html"]?.files == 2 && formats["html"]?.articles == 2 && formats["html"]?.captions == 4)
        #expect(formats["markdown"]?.articles == 1 && formats["markdown"]?.captions == 1)
        #expect(formats["jsonl"]?.files == 1 && formats["jsonl"]?.articles == 3 && formats["jsonl"]?.passages == 6)
        #expect(summary.decodedWithFallback == 1)
        let status = try IndexStatus.load(index: index)
        #expect(status.formats == formats)
        #expect(status.files == 6)
    }

    @Test func warningsNameTheFileAndTheLine() {
        let messages = logs.messages
        #expect(messages.contains { $0.contains("feed.jsonl: 2 lines skipped: line 2 is not valid JSON, line 5 is not a JSON object") })
        #expect(messages.contains { $0.contains("latin1.txt: not valid UTF-8") && $0.contains("Windows-1252") })
    }

    @Test func searchesAcrossFormats() throws {
        let hits = try ids("harbour ferry solar sleeper Huawei café", perArticle: 1)
        let files = Set(hits.map { $0.split(separator: "#")[0].split(separator: ":")[0] })
        #expect(files.isSuperset(of: ["web/page.html", "feed.jsonl", "notes.md", "seed.txt", "latin1.txt"]), "\(files)")
    }

    @Test func figcaptionsComeBackAsCaptionsWithCredits() throws {
        let results = try Searcher(index: index, logger: Fixtures.quietLogger).search(SearchRequest(query: "pontoons crane"))
        let hit = try #require(results.hits.first)
        #expect(hit.id == "web/page.html#3")
        #expect(hit.passage.kind == .caption)
        #expect(hit.passage.credit == "REUTERS/Anna Schmidt")
        #expect(hit.passage.date == "2024-04-15T09:30:00Z" && hit.passage.byline == "Maria Okafor")
        #expect(try ids("credit:lindqvist") == ["web/page.html#1"])
    }

    @Test func jsonLinesPassagesHaveLineLocators() throws {
        #expect(try ids("runway homes", perArticle: 0).sorted() == ["feed.jsonl:1#1", "feed.jsonl:1#2"])
        #expect(try ids("weekend format:jsonl", perArticle: 0) == ["feed.jsonl:3#0"])
    }

    @Test func dateRangesFilterHTMLAndJSONLines() throws {
        #expect(try ids("date:2024-04-01..2024-04-30").sorted() == ["feed.jsonl:1#0", "feed.jsonl:3#0", "web/page.html#0"])
        #expect(try ids("after:2024-04-10").sorted() == ["feed.jsonl:1#0", "web/page.html#0"])
        #expect(try ids("before:2023-12-31").sorted() == ["feed.jsonl:6#0", "web/latin1-declared.html#0"])
        #expect(try ids("harbour date:2024-01-01..2024-12-31") == ["web/page.html#0"])
        #expect(try ids("harbour before:2024-01-01") == ["feed.jsonl:6#0"])
    }

    @Test func sortingByDateIsNewestFirstWithUndatedLast() throws {
        let sorted = try ids("kind:paragraph kind:caption", sort: .date, perArticle: 1)
        #expect(sorted.count == 8)
        let articles = sorted.map { String($0.split(separator: "#")[0]) }
        #expect(Array(articles.prefix(6)) == ["feed.jsonl:1", "web/page.html", "feed.jsonl:3", "notes.md", "web/latin1-declared.html", "feed.jsonl:6"])
        #expect(Set(articles.dropFirst(6)).isSubset(of: ["seed.txt", "latin1.txt"]))
    }

    @Test func bylinePlaceAndFormatFields() throws {
        let okafor = try ids("byline:okafor")
        #expect(!okafor.isEmpty && okafor.allSatisfy { $0.hasPrefix("web/page.html") })
        #expect(try ids("author:cruz").allSatisfy { $0.hasPrefix("feed.jsonl:3") })
        #expect(try ids("place:zermatt").allSatisfy { $0.hasPrefix("web/latin1-declared.html") })
        #expect(try ids("place:lisbon").allSatisfy { $0.hasPrefix("feed.jsonl:1") })
        #expect(try ids("ferry format:jsonl").isEmpty)
        #expect(try ids("harbour format:html") == ["web/page.html#0"])
    }

    @Test func aChangedJSONLinesFileReplacesAllItsArticles() throws {
        Fixtures.write("{\"title\": \"Only story now\", \"body\": \"Walruses on the beach.\", \"date\": \"2025-01-01\"}\n", to: corpus + "/feed.jsonl")
        let again = try Fixtures.build(corpus, index)
        #expect(again.changed == 1)
        #expect(try ids("solar plastic").isEmpty)
        #expect(try ids("walruses") == ["feed.jsonl:1#0"])
        #expect(again.formats?["jsonl"]?.articles == 1)
        try FileManager.default.removeItem(atPath: corpus + "/feed.jsonl")
        _ = try Fixtures.build(corpus, index)
        #expect(try ids("walruses").isEmpty)
    }
}
