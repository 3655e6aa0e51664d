import Foundation
import Testing
import TestSupport

/// The real binary: its output, its JSON and its exit codes.
@Suite struct CommandLineTests {
    let temp = TempFolder()
    let index: String

    init() throws {
        index = temp("index")
        let build = try CLI.run(["index", "build", Fixtures.seeds, "--index", index])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.hasPrefix("Indexed 1 article, 23 passages (8 captions)"))
        #expect(build.stdout.contains("0 skipped"))
        #expect(build.stderr.isEmpty)
    }

    @Test func searchPrintsRankedResultsWithBracketedMatchesWhenPiped() throws {
        let out = try CLI.run(["search", "Huawei 5G Germany", "--index", index])
        #expect(out.status == 0)
        let lines = out.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0].hasPrefix("1. ") && lines[0].hasSuffix("A US / European Rift Over 5G?"))
        #expect(lines[1].contains("000_b7f96fcc7f242880.txt#1") && lines[1].contains("paragraph"))
        #expect(lines[2].contains("[Germany] was leaning towards allowing"))
        #expect(lines[2].contains("[Huawei]") && lines[2].contains("[5G]"))
        #expect(!out.stdout.contains("\u{1B}"))
    }

    @Test func captionsShowTheirCredit() throws {
        let out = try CLI.run(["search", "fighter jets", "--index", index, "--limit", "1"])
        #expect(out.stdout.contains("caption (credit: Jess Frampton)"))
        #expect(out.stdout.contains("[fighter] [jets]"))
    }

    @Test func jsonHasEveryDocumentedField() throws {
        let out = try CLI.run(["search", "Huawei 5G Germany", "--index", index, "--json"])
        #expect(out.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        #expect(object["query"] as? String == "Huawei 5G Germany")
        #expect((object["estimated_total"] as? Int ?? 0) >= 2)
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(results.count == 2)
        let top = results[0]
        for key in ["rank", "percent", "score", "path", "title", "passage", "kind", "text", "snippet"] {
            #expect(top[key] != nil, "missing \(key)")
        }
        #expect(top["rank"] as? Int == 1)
        #expect(top["passage"] as? Int == 1)
        #expect(top["kind"] as? String == "paragraph")
        #expect((top["snippet"] as? String)?.contains("<b>Germany</b>") == true)
    }

    @Test func limitAndOffsetPage() throws {
        let first = try CLI.run(["search", "Huawei", "--index", index, "--per-article", "0", "--limit", "2", "--json"])
        let second = try CLI.run(["search", "Huawei", "--index", index, "--per-article", "0", "--limit", "2", "--offset", "2", "--json"])
        let ranks = { (o: CLI.Output) in ((try? JSONSerialization.jsonObject(with: Data(o.stdout.utf8))) as? [String: Any])?["results"] as? [[String: Any]] ?? [] }
        #expect(ranks(first).map { $0["rank"] as? Int } == [1, 2])
        #expect(ranks(second).map { $0["rank"] as? Int } == [3, 4])
    }

    @Test func aMissingCorpusExits64() throws {
        let out = try CLI.run(["index", "build", temp("nope"), "--index", index])
        #expect(out.status == 64)
        #expect(out.stderr.contains("corpus folder not found") && out.stderr.contains("/nope"))
        #expect(out.stderr.split(separator: "\n").count == 1)
    }

    @Test func aMissingIndexExits66AndSaysToBuild() throws {
        let missing = temp("no-index")
        let out = try CLI.run(["search", "Huawei", "--index", missing])
        #expect(out.status == 66)
        #expect(out.stderr.contains("index build"))
        #expect(try CLI.run(["index", "status", "--index", missing]).status == 66)
    }

    @Test func anEmptyQueryExits64() throws {
        let out = try CLI.run(["search", "  ", "--index", index])
        #expect(out.status == 64)
        #expect(out.stderr.contains("empty"))
    }

    @Test func aMalformedQueryFallsBackAndSaysSo() throws {
        let out = try CLI.run(["search", "Huawei AND", "--index", index])
        #expect(out.status == 0)
        #expect(out.stderr.contains("syntax error") && out.stderr.contains("Huawei AND"))
        #expect(out.stdout.contains("[Huawei]"))
    }

    @Test func theIndexLocationComesFromTheEnvironment() throws {
        let out = try CLI.run(["search", "Huawei"], environment: ["SEARCH_CLI_INDEX": index])
        #expect(out.status == 0 && out.stdout.contains("[Huawei]"))
    }

    @Test func helpDocumentsExitCodesAndTheIndexLocation() throws {
        let words = { (out: CLI.Output) in out.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let out = try CLI.run(["search", "--help"])
        #expect(words(out).contains("66 no index") && out.stdout.contains("SEARCH_CLI_INDEX"))
        #expect(words(try CLI.run(["index", "build", "--help"])).contains("75 another build holds the lock"))
        #expect(try CLI.run(["--help"]).stdout.contains("75  another `index build` holds the index's lock"))
    }

    @Test func statusReportsTheLastBuild() throws {
        let out = try CLI.run(["index", "status", "--index", index, "--json"])
        #expect(out.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        #expect(object["files"] as? Int == 1 && object["passages"] as? Int == 23)
        #expect((object["pending"] as? [String: Any])?["added"] as? Int == 0)
        #expect((object["last_build"] as? [String: Any])?["added"] as? Int == 1)
    }
}
