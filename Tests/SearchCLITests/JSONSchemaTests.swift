import Foundation
import Testing
import TestSupport

/// Every JSON output meets its schema in schemas/ (checked by the jsonschema
/// library), says its format_version, and keeps integers within 2^53.
@Suite(.enabled(if: JSONContract.isAvailable, "needs python3 with jsonschema (scripts/test.sh installs it)"))
struct JSONSchemaTests {
    let feed: NewsFeedCorpus

    init() throws { feed = try NewsFeedCorpus() }

    private func expectValid(_ arguments: [String], schema: String) throws {
        let out = try feed.run(arguments)
        #expect(out.status == 0, "\(arguments): \(out.stderr)")
        #expect(!out.stdout.isEmpty)
        #expect(JSONContract.schema(for: arguments + ["--index", feed.index]) == schema)
        #expect(try JSONContract.problems(out.stdout, schema: schema) == [], "\(arguments)")
        for line in out.stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["format_version"] as? Int == 1, "\(arguments)")
        }
    }

    @Test(arguments: [
        ["search", "ferry", "--json"],
        ["search", "ferry harbour", "--json", "--explain", "--facets", "--synonyms"],
        ["search", "strike", "--output", "json", "--per-article", "0"],
        ["search", "ferry", "--json", "--offset", "50"],
        ["search", "ferrry", "--json", "--correct"],
        ["search", "ferry AND (", "--json"],
    ])
    func searchOutputsMeetTheSearchSchema(arguments: [String]) throws {
        try expectValid(arguments, schema: "search")
    }

    @Test func groupedOutputMeetsTheGroupedSchema() throws {
        try expectValid(["search", "ferry", "--group", "--json", "--facets", "--explain", "--per-article", "0"], schema: "grouped")
    }

    @Test func similarOutputMeetsTheSimilarSchema() throws {
        try expectValid(["similar", "feed.jsonl:1#0", "--json"], schema: "similar")
    }

    @Test func batchLinesMeetTheBatchSchema() throws {
        let file = feed.folder("batch.txt")
        try "ferry\nafter:yesterday\n\(String(repeating: "x", count: 9000))\nsolar\n".write(toFile: file, atomically: true, encoding: .utf8)
        try expectValid(["search", "--batch", file], schema: "batch")
        try expectValid(["search", "--batch", file, "--group"], schema: "batch")
        try expectValid(["search", "--batch", file, "--bench"], schema: "batch")
    }

    @Test func buildAndStatusOutputsMeetTheirSchemas() throws {
        try "Late news\n\nA late ferry.\n".write(toFile: feed.corpus + "/late.txt", atomically: true, encoding: .utf8)
        try Data([0x00, 0xFF, 0x00, 0x01]).write(to: URL(fileURLWithPath: feed.corpus + "/binary.txt"))
        try expectValid(["index", "build", feed.corpus, "--json", "--dry-run"], schema: "build-plan")
        try expectValid(["index", "status", "--json"], schema: "status")
        try expectValid(["index", "build", feed.corpus, "--json"], schema: "build")
        try expectValid(["index", "status", "--json"], schema: "status")
        try expectValid(["index", "check", "--json"], schema: "check")
        let status = try feed.json(["index", "status", "--json"])
        let failed = try #require(status["failed"] as? [[String: Any]])
        #expect(failed.count == 1 && failed.first?["mtime_ns"] == nil, "\(failed)")
        #expect((failed.first?["modified"] as? String)?.hasSuffix("Z") == true)
        #expect(((status["last_build"] as? [String: Any])?["started_at"] as? String)?.hasSuffix("Z") == true)
    }

    /// The check can fail: a result without its rank, an integer past 2^53 and a
    /// field the schema does not know are each reported.
    @Test func theSchemasRejectWhatTheyDoNotDescribe() throws {
        var json = try feed.json(["search", "ferry", "--json"])
        var results = try #require(json["results"] as? [[String: Any]])
        results[0]["rank"] = nil
        json["results"] = results
        json["took_us"] = 9_007_199_254_740_993 as Int64
        json["extra"] = "x"
        let text = String(decoding: try JSONSerialization.data(withJSONObject: json), as: UTF8.self)
        let problems = try JSONContract.problems(text, schema: "search")
        #expect(problems.contains { $0.contains("'rank' is a required property") }, "\(problems)")
        #expect(problems.contains { $0.contains("took_us") }, "\(problems)")
        #expect(problems.contains { $0.contains("'extra' was unexpected") }, "\(problems)")
    }
}
