import Foundation
import Testing
import TestSupport
@testable import Indexer

/// The formats through the real binary: warnings, --json fields, --sort date, index status.
@Suite struct FormatsCLITests {
    let temp = TempFolder()
    var root: String { temp.path }
    var index: String { root + "/index" }
    let corpus: String
    let build: CLI.Output

    init() throws {
        corpus = try Fixtures.mixedCorpus(in: temp.path)
        build = try CLI.run(["index", "build", corpus, "--index", temp("index")])
    }

    @Test func buildWarnsNamingFileAndLineAndSummarisesTheFallback() {
        #expect(build.status == 0, "\(build.stderr)")
        let warnings = build.stderr.split(separator: "\n").map(String.init)
        #expect(warnings.count == 2, "\(warnings)")
        #expect(warnings.contains("search-cli: warning: feed.jsonl: 2 lines skipped: line 2 is not valid JSON, line 5 is not a JSON object"), "\(warnings)")
        #expect(warnings.contains { $0.contains("latin1.txt: not valid UTF-8") && $0.hasSuffix("decoded as Windows-1252") })
        #expect(build.stdout.hasPrefix("Indexed 8 articles, 43 passages (14 captions); full build; 0 skipped; 1 decoded as Windows-1252;"), "\(build.stdout)")
    }

    @Test func jsonHasDateBylinePlaceAndURL() throws {
        let out = try CLI.run(["search", "runway", "--index", index, "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let first = try #require((json["results"] as? [[String: Any]])?.first)
        #expect(first["id"] as? String == "feed.jsonl:1#2")
        #expect(first["path"] as? String == "feed.jsonl")
        #expect(first["kind"] as? String == "caption")
        #expect(first["credit"] as? String == "REUTERS/Tom Baker")
        #expect(first["date"] as? String == "2024-04-20")
        #expect(first["byline"] as? String == "Ines Duarte")
        #expect(first["place"] as? String == "LISBON")
        #expect(first["url"] as? String == "https://feed.example/solar")
        #expect(first["format"] as? String == "jsonl")
    }

    @Test func textResultsShowDateAndByline() throws {
        let out = try CLI.run(["search", "pontoons", "--index", index])
        #expect(out.stdout.contains("web/page.html#3  caption (credit: REUTERS/Anna Schmidt)  section: What comes next"), "\(out.stdout)")
        #expect(out.stdout.contains("   2024-04-15T09:30:00Z · by Maria Okafor\n"), "\(out.stdout)")
    }

    @Test func sortByDateAndDateFilters() throws {
        let out = try CLI.run(["search", "harbour OR solar OR volunteers OR sleeper", "--index", index, "--sort", "date", "--per-article", "1", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let dates = (json["results"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
        #expect(dates.count >= 4)
        #expect(dates == dates.sorted(by: >), "\(dates)")
        let april = try CLI.run(["search", "(harbour OR solar OR volunteers OR sleeper) after:2024-04-01 before:2024-04-30", "--index", index, "--per-article", "1", "--json"])
        let aprilJSON = try #require(try JSONSerialization.jsonObject(with: Data(april.stdout.utf8)) as? [String: Any])
        let aprilDates = (aprilJSON["results"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
        #expect(!aprilDates.isEmpty && aprilDates.allSatisfy { $0.hasPrefix("2024-04") }, "\(aprilDates)")
        let bad = try CLI.run(["search", "x", "--index", index, "--sort", "size"])
        #expect(bad.status == 64)
    }

    @Test func statusCountsEachFormat() throws {
        let out = try CLI.run(["index", "status", "--index", index])
        #expect(out.stdout.contains("  html: 2 files, 2 articles, 9 passages (4 captions)"), "\(out.stdout)")
        #expect(out.stdout.contains("  jsonl: 1 file, 3 articles, 6 passages (1 caption)"), "\(out.stdout)")
        #expect(out.stdout.contains("  markdown: 1 file, 1 article, 4 passages (1 caption)"), "\(out.stdout)")
        #expect(out.stdout.contains("  text: 2 files, 2 articles, 24 passages (8 captions)"), "\(out.stdout)")
        let json = try CLI.run(["index", "status", "--index", index, "--json"])
        #expect(json.stdout.contains("\"formats\":{\"html\":{\"articles\":2,\"captions\":4,\"files\":2,\"passages\":9}"), "\(json.stdout)")
    }
}
