import Foundation
import Testing
import TestSupport

/// Issue 11: queries are data. A query that starts with `-` is searched, not
/// read as an option; options before or after it still apply; `--` ends the
/// options; anything else that looks like an option is one error line.
@Suite struct DashQueryTests {
    private func results(_ out: CLI.Output) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        return try #require(object["results"] as? [[String: Any]])
    }

    @Test func aQueryStartingWithAMinusIsSearched() throws {
        let out = try QueryFixture.run(["search", "-espionage oil", "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(try !results(out).isEmpty)
        let object = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any]
        #expect(object?["query"] as? String == "-espionage oil")
    }

    @Test func aQueryOfSignsAndDashesIsSearchedNotTakenForHelp() throws {
        let out = try QueryFixture.run(["search", "-+upper --bancshares"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(!out.stdout.contains("USAGE") && !out.stdout.contains("OVERVIEW"))
    }

    @Test func optionsAfterTheQueryStillApply() throws {
        let out = try CLI.run(["search", "-espionage oil", "--limit", "1", "--json", "--index", QueryFixture.index])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(try results(out).count == 1)
    }

    @Test func wordsGivenSeparatelyAreOneQuery() throws {
        let apart = try QueryFixture.run(["search", "oil", "prices", "--json"])
        let together = try QueryFixture.run(["search", "oil prices", "--json"])
        #expect(apart.status == 0, "\(apart.stderr)")
        #expect(try results(apart).map { $0["id"] as? String } == results(together).map { $0["id"] as? String })
    }

    @Test func aDoubleDashEndsTheOptions() throws {
        let out = try QueryFixture.run(["search", "--json", "--", "--limit", "oil"])
        #expect(out.status == 0, "\(out.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any]
        #expect(object?["query"] as? String == "--limit oil")
    }

    @Test func aMisspeltOptionIsOneErrorLine() throws {
        let out = try QueryFixture.run(["search", "oil", "--limti", "5"])
        #expect(out.status == 64)
        let lines = QueryFixture.lines(out.stderr)
        #expect(lines.count == 1 && lines[0].hasPrefix("search-cli: error: ") && lines[0].contains("--limti"), "\(out.stderr)")
    }

    @Test func helpStillPrintsHelp() throws {
        let out = try CLI.run(["search", "--help"])
        #expect(out.status == 0 && out.stdout.contains("USAGE"))
        #expect(out.stdout.contains("--"))
    }
}
