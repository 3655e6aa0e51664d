import Foundation
import Testing
import TestSupport

/// `--group` groups, collapses and counts by article: the articles of one JSON
/// Lines file are groups of their own, each with its own passages.
@Suite struct GroupByArticleTests {
    let feed: NewsFeedCorpus

    init() throws { feed = try NewsFeedCorpus() }

    @Test func eachArticleOfAJSONLinesFileIsItsOwnGroupWithOnlyItsPassages() throws {
        let groups = try #require(try feed.json(["search", "ferry", "--group", "--json"])["groups"] as? [[String: Any]])
        let ids = groups.compactMap { $0["id"] as? String }
        #expect(Set(ids) == ["timetable.txt", "feed.jsonl:1", "feed.jsonl:2", "feed.jsonl:3"], "\(ids)")
        for group in groups {
            let id = try #require(group["id"] as? String)
            let results = try #require(group["results"] as? [[String: Any]])
            #expect(!results.isEmpty)
            for result in results { #expect((result["id"] as? String)?.hasPrefix(id + "#") == true, "\(id): \(result["id"] ?? "")") }
            if id.hasPrefix("feed.jsonl:") {
                #expect(group["path"] as? String == "feed.jsonl")
                #expect(group["line"] as? Int == Int(id.dropFirst("feed.jsonl:".count)))
            } else {
                #expect(group["line"] == nil)
            }
        }
    }

    @Test func textGroupsAreHeadedByTheArticleNotTheFile() throws {
        let out = try feed.run(["search", "ferry", "--group"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("(feed.jsonl:1)") && out.stdout.contains("(feed.jsonl:3)"), "\(out.stdout)")
    }

    @Test func perArticleZeroLiftsTheLimit() throws {
        let groups = try #require(try feed.json(["search", "ferry", "--group", "--per-article", "0", "--json"])["groups"] as? [[String: Any]])
        let strike = try #require(groups.first { $0["id"] as? String == "feed.jsonl:1" })
        // Five of its six passages say "ferry"; the default shows three.
        #expect((strike["results"] as? [[String: Any]])?.count == 5, "\(strike)")
        let three = try #require(try feed.json(["search", "ferry", "--group", "--json"])["groups"] as? [[String: Any]])
        #expect((three.first { $0["id"] as? String == "feed.jsonl:1" }?["results"] as? [[String: Any]])?.count == 3)
    }

    @Test func topArticlesFacetCountsArticles() throws {
        let facets = try #require(try feed.json(["search", "ferry", "--facets", "--json"])["facets"] as? [String: Any])
        let articles = try #require(facets["articles"] as? [[String: Any]])
        let counts = Dictionary(uniqueKeysWithValues: articles.map { ($0["value"] as? String ?? "", $0["count"] as? Int ?? 0) })
        #expect(counts == ["feed.jsonl:1": 5, "feed.jsonl:2": 1, "feed.jsonl:3": 1, "timetable.txt": 1], "\(articles)")
        #expect(articles.first?["title"] as? String == "Harbour strike halts island crossings")
    }

    @Test func groupWithFacetsShowsTheFacets() throws {
        let json = try feed.json(["search", "ferry", "--group", "--facets", "--json"])
        let facets = try #require(json["facets"] as? [String: Any], "\(json.keys)")
        #expect((facets["kinds"] as? [[String: Any]])?.first?["count"] as? Int == 8)
        let text = try feed.run(["search", "ferry", "--group", "--facets"])
        #expect(text.stdout.contains("Facets over all matches:"), "\(text.stdout)")
    }

    @Test func batchWithGroupPrintsGroupedLines() throws {
        let file = feed.folder("queries.txt")
        try "ferry\nsolar\n".write(toFile: file, atomically: true, encoding: .utf8)
        let out = try feed.run(["search", "--batch", file, "--group"])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["groups"] is [[String: Any]] && object["results"] == nil, "\(line)")
        }
    }
}
