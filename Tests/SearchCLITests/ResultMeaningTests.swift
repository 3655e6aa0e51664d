import Foundation
import Testing
import TestSupport

/// Results that say what they mean: explanations of the ranking shown, field
/// names as a user writes them, title-only matches, and combinations of
/// options that work or are refused in one line.
@Suite struct ResultMeaningTests {
    let feed: NewsFeedCorpus

    init() throws { feed = try NewsFeedCorpus() }

    private func results(_ json: [String: Any]) -> [[String: Any]] { json["results"] as? [[String: Any]] ?? [] }

    @Test func explainNamesBylineTermsAsTheFieldAUserWrites() throws {
        let hits = results(try feed.json(["search", "byline:okafor", "--explain", "--no-feedback", "--json"]))
        #expect(!hits.isEmpty)
        for hit in hits {
            let terms = (hit["explanation"] as? [[String: Any]] ?? []).compactMap { $0["term"] as? String }
            #expect(terms == ["byline:okafor"], "\(hit["id"] ?? ""): \(terms)")
        }
        let text = try feed.run(["search", "byline:okafor", "--explain", "--no-feedback"])
        #expect(text.stdout.contains("matched: byline:okafor ") && !text.stdout.contains("Aokafor"), "\(text.stdout)")
    }

    @Test func explanationsOfAJSONLinesArticleAddUpToItsScore() throws {
        for hit in results(try feed.json(["search", "ferry harbour", "--explain", "--json"])) {
            let weights = (hit["explanation"] as? [[String: Any]] ?? []).compactMap { $0["weight"] as? Double }
            let score = try #require(hit["score"] as? Double)
            #expect(abs(weights.reduce(0, +) - score) < 1e-6 * max(1, score), "\(hit["id"] ?? ""): \(weights) vs \(score)")
        }
    }

    @Test func aPassageThatMatchedOnlyThroughItsTitleSaysSo() throws {
        let hits = results(try feed.json(["search", "strike", "--per-article", "0", "--json"]))
        #expect(hits.count == 6, "\(hits.map { $0["id"] ?? "" })")
        for hit in hits {
            #expect((hit["matches"] as? [String]) == [])
            #expect(hit["title_snippet"] as? String == "Harbour <b>strike</b> halts island crossings", "\(hit)")
        }
        let plain = results(try feed.json(["search", "ferry", "--json"]))
        #expect(plain.allSatisfy { $0["title_snippet"] == nil })
        let text = try feed.run(["search", "strike", "-l", "1"])
        #expect(text.stdout.contains("matched the title: Harbour [strike] halts island crossings"), "\(text.stdout)")
    }

    @Test func anOffsetPastTheEndSaysHowManyResultsThereAre() throws {
        let out = try feed.run(["search", "ferry", "--offset", "100"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("No results from 101 on for \"ferry\": there are about"), "\(out.stdout)")
        #expect(out.stderr == "search-cli: note: offset 100 is past the last result (there are about 5)\n", "\(out.stderr)")
        let json = try feed.json(["search", "ferry", "--offset", "100", "--json"])
        #expect((json["notes"] as? [String])?.first?.contains("past the last result") == true)
    }

    @Test(arguments: [
        ("ferry date:2024-13-45..", "date:2024-13-45..: 2024-13-45 is not a date"),
        ("ferry after:yesterday", "after:yesterday: yesterday is not a date"),
        ("before:2024-02-30", "before:2024-02-30: 2024-02-30 is not a date"),
        ("ferry date:2024-04-01", "date:2024-04-01 is not a date range"),
    ])
    func aBadDateFilterIsRefusedInOneLine(query: String, message: String) throws {
        let out = try feed.run(["search", query])
        #expect(out.status == 64, "\(out.stdout)")
        #expect(out.stderr.hasPrefix("search-cli: error: \(message)") && out.stderr.split(separator: "\n").count == 1, "\(out.stderr)")
        #expect(out.stdout.isEmpty)
    }

    @Test func goodDateFiltersStillSearch() throws {
        for query in ["ferry date:2024-04-01..2024-04-30", "ferry after:2024-04-10", "ferry before:20240410", "ferry date:1/4/2024..",
                      "\"after:yesterday\" ferry"] {
            let out = try feed.run(["search", query])
            #expect(out.status == 0, "\(query): \(out.stderr)")
        }
        let april = results(try feed.json(["search", "ferry after:2024-04-10", "--json"]))
        #expect(Set(april.compactMap { $0["id"] as? String }) == ["feed.jsonl:2#1", "feed.jsonl:3#1"])
    }

    @Test(arguments: [
        ["search", "--batch", "-", "--output", "paths"],
        ["search", "ferry", "--output", "count", "--explain"],
        ["search", "ferry", "--output", "paths", "--facets"],
        ["search", "ferry", "--json", "--output", "text"],
        ["similar", "feed.jsonl:1#0", "--output", "count"],
    ])
    func optionsThatCannotWorkTogetherAreRefusedInOneLine(arguments: [String]) throws {
        let out = try feed.run(arguments)
        #expect(out.status == 64, "\(arguments): \(out.stdout)")
        #expect(out.stderr.contains("search-cli: error: ") || out.stderr.contains("Error: "), "\(out.stderr)")
    }
}
