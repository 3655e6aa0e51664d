import Foundation
import Testing
import TestSupport

/// Issue 5's features through the real binary: text and JSON.
@Suite struct SearchFeatureCommandTests {
    let temp = TempFolder()
    let index: String

    init() throws {
        index = temp("index")
        try CLI.run(["index", "build", Fixtures.seeds, "--index", index])
    }

    private func json(_ args: [String]) throws -> [String: Any] {
        let out = try CLI.run(args + ["--index", index, "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
    }

    @Test func aMisspeltQueryPrintsDidYouMean() throws {
        let out = try CLI.run(["search", "Huwaei Gemrany", "--index", index])
        #expect(out.stdout.hasPrefix("Did you mean: huawei germany?\n"))
        let corrected = try CLI.run(["search", "Huwaei Gemrany", "--index", index, "--correct"])
        #expect(corrected.stdout.contains("[Germany] was leaning"))
        #expect(try json(["search", "Huwaei Gemrany"])["suggestion"] as? String == "huawei germany")
    }

    @Test func feedbackIsOnByDefaultAndNoFeedbackRanksByTheQueryAlone() throws {
        let args = ["search", "Huawei network", "--per-article", "0", "--limit", "50"]
        let withFeedback = try #require(try json(args)["results"] as? [[String: Any]])
        let without = try #require(try json(args + ["--no-feedback"])["results"] as? [[String: Any]])
        // The same passages match; feedback changes their weights, not the match set.
        #expect(Set(withFeedback.compactMap { $0["id"] as? String }) == Set(without.compactMap { $0["id"] as? String }))
        #expect(withFeedback.compactMap { $0["score"] as? Double } != without.compactMap { $0["score"] as? Double })
        // Snippets mark only the query's words either way.
        let marked = Set(withFeedback.flatMap { ($0["matches"] as? [String]) ?? [] }.map { $0.lowercased() })
        #expect(!marked.isEmpty && marked.isSubset(of: ["huawei", "network", "networks"]))
    }

    @Test func facetsAreCountedAndPrinted() throws {
        let out = try CLI.run(["search", "2024", "--index", index, "--facets", "--limit", "1"])
        #expect(out.stdout.contains("Facets over all matches:"))
        #expect(out.stdout.contains("kind: caption (6)"))
        let facets = try #require(try json(["search", "2024", "--facets", "--limit", "1"])["facets"] as? [String: Any])
        #expect((facets["credits"] as? [[String: Any]])?.count == 6)
    }

    @Test func explainPrintsEachTermsShare() throws {
        let out = try CLI.run(["search", "Huawei Germany", "--index", index, "--explain", "--limit", "1"])
        #expect(out.stdout.contains("matched: "))
        // Terms as the passage writes them ("germany", not the stem "germani").
        #expect(out.stdout.contains("matched: germany ") && out.stdout.contains("huawei"), "\(out.stdout)")
        let results = try #require(try json(["search", "Huawei Germany", "--explain"])["results"] as? [[String: Any]])
        #expect((results.first?["explanation"] as? [[String: Any]])?.isEmpty == false)
    }

    @Test func groupShowsEachArticleOnceWithItsPassages() throws {
        let out = try CLI.run(["search", "Huawei", "--index", index, "--group"])
        let titles = out.stdout.split(separator: "\n").filter { $0.hasPrefix("1. ") }
        #expect(titles.count == 1 && titles[0].contains("A US / European Rift Over 5G?"))
        #expect(out.stdout.components(separatedBy: "  paragraph").count - 1 == 3)  // default: 3 passages under it
        #expect(out.stdout.contains("Articles 1–1 of about 1."))
        let groups = try #require(try json(["search", "Huawei", "--group", "--per-article", "5"])["groups"] as? [[String: Any]])
        #expect((groups.first?["results"] as? [Any])?.count == 5)
    }

    @Test func sortByPath() throws {
        let results = try #require(try json(["search", "huawei", "--sort", "path", "--per-article", "0"])["results"] as? [[String: Any]])
        let numbers = results.compactMap { $0["passage"] as? Int }
        #expect(numbers == numbers.sorted() && numbers.count == 7)
        #expect(try CLI.run(["search", "huawei", "--index", index, "--sort", "sideways"]).status == 64)
    }

    @Test func similarSaysWhichTermsItUsed() throws {
        let out = try CLI.run(["similar", "000_b7f96fcc7f242880.txt#4", "--index", index])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("Passages like 000_b7f96fcc7f242880.txt#4"))
        #expect(out.stdout.contains("Searched for: "))
        #expect(!out.stdout.contains("000_b7f96fcc7f242880.txt#4  paragraph"))
        let missing = try CLI.run(["similar", "nope.txt#3", "--index", index])
        #expect(missing.status == 64 && missing.stderr.contains("nope.txt#3"))
    }

    @Test func synonymsFromAFileAndTheDefaultList() throws {
        let out = try CLI.run(["search", "~britain", "--index", index])
        #expect(out.stdout.contains("Searched for: (uk OR"))
        #expect(out.stdout.contains("[UK] government"))
        let root = temp.path
        Fixtures.write("Huawei, Chinese tech giant\n", to: root + "/syn.txt")
        let build = try CLI.run(["index", "build", Fixtures.seeds, "--index", root + "/ix", "--synonyms", root + "/syn.txt"])
        #expect(build.status == 0)
        let own = try CLI.run(["search", "Chinese tech giant", "--synonyms", "--index", root + "/ix", "--limit", "1"])
        #expect(own.stdout.contains("Searched for: (huawei OR \"chinese tech giant\")"))
        #expect(try CLI.run(["index", "build", Fixtures.seeds, "--index", root + "/ix2", "--synonyms", root + "/none.txt"]).status == 64)
    }

    @Test func languagesAreCheckedAndRecorded() throws {
        let bad = try CLI.run(["index", "build", Fixtures.seeds, "--index", temp("klingon-ix"), "--language", "klingon"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("unknown language 'klingon'") && bad.stderr.contains("french") && bad.stderr.contains("none"))
        let root = temp.path
        Fixtures.write("Les élections\n\nLes électeurs ont voté pour les élections législatives.\n", to: root + "/fr/a.txt")
        #expect(try CLI.run(["index", "build", root + "/fr", "--index", root + "/ix", "--language", "french"]).status == 0)
        // The search uses the index's French stemmer on its own: élection finds élections.
        #expect(try CLI.run(["search", "élection", "--index", root + "/ix"]).stdout.contains("[élections]"))
        let switched = try CLI.run(["index", "build", root + "/fr", "--index", root + "/ix", "--language", "german"])
        #expect(switched.status == 64 && switched.stderr.contains("--full"))
        #expect(try CLI.run(["index", "build", root + "/fr", "--index", root + "/none", "--language", "none"]).status == 0)
        let exact = try CLI.run(["search", "élections", "--index", root + "/none"])
        #expect(exact.stdout.contains("[élections]"))
        #expect(try CLI.run(["search", "élection", "--index", root + "/none"]).stdout.contains("No results"))
    }
}
