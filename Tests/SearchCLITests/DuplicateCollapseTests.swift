import Foundation
import Testing
import TestSupport

/// Issue 15 at search time: a story republished five times shows once with
/// "+4", `--duplicates show` lists all five, different stories stay apart,
/// pages never repeat a story, `--group` groups by story, facets count
/// stories, and the same caption on three pages shows once with "+2".
@Suite struct DuplicateCollapseTests {
    private let word = StoryCorpus.storyWord

    private func expectValid(_ arguments: [String], schema: String) throws {
        guard JSONContract.isAvailable else { return }
        let out = try StoryCorpus.run(arguments)
        #expect(try JSONContract.problems(out.stdout, schema: schema) == [], "\(arguments)")
    }

    private func path(_ result: [String: Any]) -> String { result["path"] as? String ?? "" }

    @Test func aStoryFiveTimesShowsOnceWithFourCopies() throws {
        let object = try StoryCorpus.json(["search", word, "--per-article", "1", "--json"])
        let results = StoryCorpus.results(object)
        #expect(results.count == 1, "\(results.map(path))")
        let first = try #require(results.first)
        #expect(path(first).hasPrefix("story/"))
        let story = try #require(first["story"] as? String)
        #expect(story.hasPrefix("s") && story.count == 17, "\(story)")
        let duplicates = try #require(first["duplicates"] as? [String: Any], "\(first)")
        #expect(duplicates["count"] as? Int == StoryCorpus.copies - 1)
        let ids = try #require(duplicates["ids"] as? [String])
        #expect(ids.count == 4 && Set(ids.map { $0.split(separator: "#")[0] }).count == 4, "\(ids)")
        #expect(ids.allSatisfy { $0.hasPrefix("story/") && !$0.hasPrefix(path(first) + "#") }, "\(ids)")
        try expectValid(["search", word, "--per-article", "1", "--json"], schema: "search")

        let text = try StoryCorpus.run(["search", word])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("+4 near-identical copies: "), "\(text.stdout)")
        #expect(text.stdout.components(separatedBy: "near-identical").count == 2, "\(text.stdout)")
    }

    @Test func showListsEveryCopyMarkedWithItsStory() throws {
        let object = try StoryCorpus.json(["search", word, "--per-article", "1", "--duplicates", "show", "--json"])
        let results = StoryCorpus.results(object)
        #expect(Set(results.map(path)) == Set((1...5).map { "story/copy-\($0).txt" }), "\(results.map(path))")
        #expect(Set(results.compactMap { $0["story"] as? String }).count == 1)
        #expect(results.allSatisfy { $0["story"] != nil && $0["duplicates"] == nil })
        try expectValid(["search", word, "--duplicates", "show", "--json"], schema: "search")
        let text = try StoryCorpus.run(["search", word, "--per-article", "1", "--duplicates", "show"])
        #expect(text.stdout.components(separatedBy: "story: s").count == 6, "\(text.stdout)")
        #expect(!text.stdout.contains("near-identical"))
    }

    @Test func twoEarningsReportsAreNotMerged() throws {
        for mode in ["collapse", "show"] {
            let object = try StoryCorpus.json(["search", "(income OR dividend) path:earnings", "--per-article", "1",
                                               "--duplicates", mode, "--json"])
            let results = StoryCorpus.results(object)
            #expect(Set(results.map(path)) == ["earnings/report-a.txt", "earnings/report-b.txt"], "\(mode): \(results)")
            #expect(results.allSatisfy { $0["duplicates"] == nil && $0["story"] == nil }, "\(mode): \(results)")
        }
    }

    @Test func pagesNeverRepeatAFoldedStory() throws {
        // The story, and every generated article that says "said".
        let query = "said OR \(word)"
        let all = StoryCorpus.results(try StoryCorpus.json(["search", query, "--per-article", "1", "--limit", "100", "--json"]))
        #expect(all.filter { path($0).hasPrefix("story/") }.count == 1, "\(all.map(path))")
        #expect(all.count > 12, "\(all.map(path))")
        var paged: [String] = []
        for offset in 0..<12 {
            let object = try StoryCorpus.json(["search", query, "--per-article", "1", "--limit", "1", "--offset", "\(offset)", "--json"])
            let page = StoryCorpus.results(object)
            #expect(page.count == 1 && page.allSatisfy { $0["rank"] as? Int == offset + 1 })
            paged += page.map(path)
        }
        #expect(paged == all.prefix(12).map(path))
        #expect(Set(paged).count == paged.count)
        let past = try StoryCorpus.json(["search", word, "--per-article", "1", "--offset", "1", "--json"])
        #expect(StoryCorpus.results(past).isEmpty, "\(StoryCorpus.results(past).map(path))")
        #expect(past["estimated_total"] as? Int == 1)
    }

    @Test func groupShowsTheStoryOnceWithItsCopies() throws {
        let object = try StoryCorpus.json(["search", word, "--group", "--json"])
        let groups = try #require(object["groups"] as? [[String: Any]])
        #expect(groups.count == 1, "\(groups.map { $0["id"] ?? "" })")
        #expect(object["estimated_articles"] as? Int == 1)
        let group = try #require(groups.first)
        #expect(group["story"] is String)
        #expect((group["duplicates"] as? [String: Any])?["count"] as? Int == 4, "\(group)")
        try expectValid(["search", word, "--group", "--json"], schema: "grouped")
        let text = try StoryCorpus.run(["search", word, "--group"])
        #expect(text.stdout.contains("+4 near-identical copies"), "\(text.stdout)")
        #expect(text.stdout.contains("Articles 1–1 of about 1."), "\(text.stdout)")
        let shown = try StoryCorpus.json(["search", word, "--group", "--duplicates", "show", "--json"])
        #expect((shown["groups"] as? [[String: Any]])?.count == 5)
        #expect(shown["estimated_articles"] as? Int == 5)
        #expect(try StoryCorpus.run(["search", word, "--group", "--output", "count"]).stdout == "1\n")
    }

    @Test func facetsCountStoriesAsWellAsArticles() throws {
        for query in [word, "said OR \(word)"] {
            let facets = try #require(try StoryCorpus.json(["search", query, "--facets", "--json"])["facets"] as? [String: Any])
            let totals = try #require(facets["totals"] as? [String: Int])
            #expect(totals["stories"].map { $0 + 4 } == totals["articles"], "\(query): \(totals)")
        }
        try expectValid(["search", word, "--facets", "--json"], schema: "search")
        let text = try StoryCorpus.run(["search", word, "--facets"])
        #expect(text.stdout.contains("matching: 5 articles, 1 story"), "\(text.stdout)")
    }

    @Test func theSameCaptionOnThreePagesShowsOnceWithTwoCopies() throws {
        let results = StoryCorpus.results(try StoryCorpus.json(["search", StoryCorpus.captionWord, "--json"]))
        #expect(results.count == 1, "\(results.map(path))")
        let caption = try #require(results.first)
        #expect(caption["kind"] as? String == "caption" && path(caption).hasPrefix("pages/"))
        #expect(caption["story"] == nil)
        let duplicates = try #require(caption["duplicates"] as? [String: Any], "\(caption)")
        #expect(duplicates["count"] as? Int == 2)
        #expect((duplicates["ids"] as? [String])?.allSatisfy { $0.hasPrefix("pages/") } == true)
        let text = try StoryCorpus.run(["search", StoryCorpus.captionWord])
        #expect(text.stdout.contains("+2 near-identical copies"), "\(text.stdout)")
        let shown = StoryCorpus.results(try StoryCorpus.json(["search", StoryCorpus.captionWord, "--duplicates", "show", "--json"]))
        #expect(shown.count == 3)
    }

    @Test func similarFoldsTheSourcesOwnCopies() throws {
        let best = try #require(StoryCorpus.results(try StoryCorpus.json(["search", word, "--json"])).first)
        let source = try #require(best["id"] as? String)
        let article = path(best)
        let object = try StoryCorpus.json(["similar", source, "--limit", "20", "--json"])
        #expect(!StoryCorpus.results(object).contains { path($0).hasPrefix("story/") && path($0) != article },
                "\(StoryCorpus.results(object).map(path))")
        let copies = try #require((object["source"] as? [String: Any])?["duplicates"] as? [String: Any], "\(object["source"] ?? "")")
        #expect(copies["count"] as? Int == 4)
        try expectValid(["similar", source, "--json"], schema: "similar")
        let shown = try StoryCorpus.json(["similar", source, "--limit", "20", "--duplicates", "show", "--json"])
        #expect(Set(StoryCorpus.results(shown).map(path).filter { $0.hasPrefix("story/") && $0 != article }).count == 4)
    }

    @Test func batchAndExplainFoldToo() throws {
        let file = TempFolder.runFolder + "/story-batch-\(UUID().uuidString.prefix(8)).txt"
        try "\(word)\n\(StoryCorpus.captionWord)\n".write(toFile: file, atomically: true, encoding: .utf8)
        let out = try StoryCorpus.run(["search", "--batch", file, "--explain"])
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.count == 2, "\(out.stderr)")
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let first = try #require(StoryCorpus.results(object).first)
            #expect(first["duplicates"] != nil && first["explanation"] != nil, "\(line)")
        }
    }
}
