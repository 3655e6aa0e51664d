import Foundation
import Testing
import TestSupport

/// Issue 11: what one query may cost is bounded (README, "Query limits"): its
/// length in bytes (exit 64), its words (cut, with a note), the terms synonyms
/// add, its wildcards and the words they expand to (each capped, with a note),
/// and the time spent counting every match.
@Suite struct QueryLimitTests {
    private func json(_ out: CLI.Output) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
    }

    private func expectTooLong(_ query: String, bytes: String) throws {
        let out = try QueryFixture.run(["search", query])
        #expect(out.status == 64)
        let lines = QueryFixture.lines(out.stderr)
        #expect(lines.count == 1 && lines[0].hasPrefix("search-cli: error: ") && lines[0].contains("8,192 bytes"), "\(out.stderr)")
        #expect(lines.first?.contains(bytes) == true, "\(out.stderr)")
        #expect(out.seconds < 5)
    }

    @Test func aQueryPastEightKilobytesExits64WithOneLine() throws {
        try expectTooLong(String(repeating: "a", count: 100_000), bytes: "100,000")
        try expectTooLong(Array(repeating: "~us", count: 3_000).joined(separator: " "), bytes: "11,999")
        var fuzzer = QueryFuzzer(seed: 7)
        try expectTooLong((0..<10_000).map { _ in fuzzer.word() }.joined(separator: " "), bytes: ",")
    }

    @Test func aThousandSynonymWordsAreCutToThirtyTwoWithANote() throws {
        let out = try QueryFixture.run(["search", Array(repeating: "~us", count: 1_000).joined(separator: " ")])
        #expect(out.status == 0, "\(out.stderr)")
        let notes = QueryFixture.lines(out.stderr)
        // Cut to 32 words, and those 32 ~us are more than 128 terms.
        #expect(notes.count == 2 && notes.allSatisfy { $0.hasPrefix("search-cli: note: ") }, "\(out.stderr)")
        #expect(notes.first?.contains("first 32 words") == true && notes.first?.contains("1,000") == true)
        #expect(notes.last?.contains("128 terms") == true)
        #expect(out.seconds < 5)
    }

    @Test func aThousandWordQueryIsCutAndSearched() throws {
        let words = ["oil", "prices", "bank", "rate", "grain", "minister", "market", "shares"]
        let query = (0..<1_000).map { words[$0 * 7 % words.count] }.joined(separator: " ")
        let out = try QueryFixture.run(["search", query, "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.contains("first 32 words") && out.stderr.contains("1,000"), "\(out.stderr)")
        let notes = try json(out)["notes"] as? [String]
        #expect(notes?.count == 1 && notes?.first?.contains("first 32 words") == true)
        #expect((try json(out)["results"] as? [Any])?.isEmpty == false)
        #expect(out.seconds < 5)
    }

    @Test func aWildcardOfTooManyWordsSearchesTheMostFrequentWithANote() throws {
        let out = try QueryFixture.run(["search", "zebu*", "--json", "--per-article", "0", "--limit", "100"])
        #expect(out.status == 0, "\(out.stderr)")
        let notes = QueryFixture.lines(out.stderr)
        #expect(notes.count == 1 && notes[0].contains("zebu*") && notes[0].contains("100 most frequent"), "\(out.stderr)")
        let results = try #require(try json(out)["results"] as? [[String: Any]])
        // zebu291 … zebu300, the last in term order, are in every paragraph: the
        // most frequent, so searched, and they alone find the last paragraph.
        #expect(results.contains { ($0["text"] as? String)?.hasPrefix("Only zebu291") == true })
    }

    @Test func wildcardsShareTheTermLimit() throws {
        // Three wildcards share 100 words: 33 each (zebu1* and zebu2* match 100 each).
        let out = try QueryFixture.run(["search", "zebu* zebu1* zebu2*"])
        #expect(out.status == 0, "\(out.stderr)")
        let notes = QueryFixture.lines(out.stderr)
        #expect(notes.count == 3 && notes.allSatisfy { $0.contains("the 33 most frequent") }, "\(out.stderr)")
        #expect(notes.map { $0.split(separator: " ")[3] } == ["zebu*", "zebu1*", "zebu2*"])
    }

    @Test func moreThanEightWildcardsAreSearchedAsWordsWithANote() throws {
        let query = "zebu2* oil* bank* rate* grain* ship* trade* metal* zebu1* zebu001*"
        let out = try QueryFixture.run(["search", query, "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let notes = QueryFixture.lines(out.stderr)
        #expect(notes.first == "search-cli: note: the query has 10 wildcards; only the first 8 were expanded, the others searched as words",
                "\(out.stderr)")
        // The 8 share 100 words, 12 each: zebu2* (100 words) is capped; zebu1*, a word now, is not.
        #expect(notes.contains { $0.contains("wildcard zebu2* matches more than 12 words") })
        #expect(!notes.contains { $0.contains("zebu1*") })
    }

    @Test func synonymsPastOneHundredAndTwentyEightTermsAreLeftOutWithANote() throws {
        let out = try QueryFixture.run(["search", Array(repeating: "~us", count: 30).joined(separator: " "), "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let notes = QueryFixture.lines(out.stderr)
        #expect(notes.count == 1 && notes[0].contains("128 terms"), "\(out.stderr)")
        // The 30 words are 30 terms; each ~us expanded adds 5 (u.s., united states,
        // america, usa): 19 expansions fit in 128.
        let searched = try #require(try json(out)["searched_query"] as? String)
        #expect(searched.components(separatedBy: "america").count - 1 == 19)
    }

    /// With --synonyms every word may expand: the same 128 terms. (Leaving one
    /// out used to stop the process: the rewriter wrote its result while
    /// expanding into it, an exclusivity violation.)
    @Test func synonymsOfEveryWordStayWithinTheTermLimit() throws {
        let out = try QueryFixture.run(["search", Array(repeating: "us", count: 30).joined(separator: " "), "--synonyms", "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(QueryFixture.lines(out.stderr).count == 1 && out.stderr.contains("128 terms"), "\(out.stderr)")
        let searched = try #require(try json(out)["searched_query"] as? String)
        #expect(searched.components(separatedBy: "america").count - 1 == 19)
    }

    /// Enquire::set_time_limit: past it, Xapian stops counting every match
    /// (--facets, --group's article count) and the totals are estimates. A
    /// microsecond (`$SEARCH_CLI_QUERY_LIMITS`) is too short for any match; the
    /// standard second is long enough for this one.
    @Test func countingEveryMatchStopsAtTheTimeLimitWithANote() throws {
        for extra in [["--facets"], ["--group"]] {
            let arguments = ["search", "oil OR bank", "--json", "--limit", "1", "--index", QueryFixture.index] + extra
            let stopped = try CLI.run(arguments, environment: ["SEARCH_CLI_QUERY_LIMITS": "time=0.000001"])
            #expect(stopped.status == 0, "\(stopped.stderr)")
            #expect(((try json(stopped)["notes"] as? [String]) ?? []).contains { $0.contains("counting the matches stopped") },
                    "\(extra): \(stopped.stderr)")
            let counted = try CLI.run(arguments)
            #expect(!counted.stderr.contains("counting the matches stopped"), "\(counted.stderr)")
        }
    }

    @Test func aBatchWithHostileLinesAnswersEveryLineInBoundedTime() throws {
        let temp = TempFolder()
        let lines = ["oil", String(repeating: "x", count: 100_000), Array(repeating: "~us", count: 3_000).joined(separator: " "),
                     Array(repeating: "bank", count: 1_000).joined(separator: " "), "zebu*", "grain"]
        Fixtures.write(lines.joined(separator: "\n") + "\n", to: temp("queries.txt"))
        let out = try QueryFixture.run(["search", "--batch", temp("queries.txt")])
        #expect(out.status == 0, "\(out.stderr)")
        let objects = try out.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count == lines.count)
        guard objects.count == lines.count else { return }
        for i in [1, 2] { #expect((objects[i]["error"] as? String)?.contains("8,192 bytes") == true) }
        #expect((objects[3]["notes"] as? [String])?.first?.contains("first 32 words") == true)
        #expect((objects[4]["notes"] as? [String])?.first?.contains("100 most frequent") == true)
        #expect((objects[5]["results"] as? [Any])?.isEmpty == false)
        #expect(out.seconds < 10)
    }
}
