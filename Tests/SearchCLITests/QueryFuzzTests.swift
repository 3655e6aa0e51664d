import Foundation
import Testing
import TestSupport

/// Issue 11: seeded hostile queries (`QueryFuzzer`) never crash the tool. Each
/// exits 0 or 64 (never 1, never a signal), prints valid JSON with --json, and
/// says each problem in one line on stderr. `bench/fuzz_queries.sh` is the
/// longer run (10,000 queries over Reuters). The first batch found a crash of
/// Xapian's (`XorQueryTests`).
@Suite struct QueryFuzzTests {
    /// --batch runs of 300 lines, invalid UTF-8 and NULs included: plain, and
    /// with every word's synonyms, spelling correction and explanations.
    @Test(arguments: [[], ["--synonyms", "--correct", "--explain", "--per-article", "0", "--limit", "30"]])
    func aBatchOfFuzzedLinesAnswersEachWithOneJSONLine(_ options: [String]) throws {
        let temp = TempFolder()
        var fuzzer = QueryFuzzer(seed: 11)
        let lines = (0..<300).map { _ in fuzzer.batchLine() }
        try Data(lines.joined(separator: [0x0A]) + [0x0A]).write(to: URL(fileURLWithPath: temp("fuzz.txt")))
        let expected = lines.map { String(decoding: $0, as: UTF8.self) }
            .filter { !$0.allSatisfy(\.isWhitespace) && !$0.hasPrefix("#") }
        let out = try QueryFixture.run(["search", "--batch", temp("fuzz.txt")] + options)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.isEmpty, "\(out.stderr)")
        let objects = out.stdout.split(separator: "\n").map {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(objects.count == expected.count)
        #expect(objects.allSatisfy { $0 != nil })
        // (Foundation's JSONSerialization drops a string's leading U+FEFF.)
        #expect(objects.compactMap { $0?["query"] as? String } == expected.map { $0.hasPrefix("\u{FEFF}") ? String($0.dropFirst()) : $0 })
        #expect(out.seconds < 30)
    }

    /// Single searches with random options: exit 0 or 64; --json is valid JSON;
    /// an error is one line.
    @Test func fuzzedQueriesAndOptionsExitZeroOr64WithOneLineErrors() throws {
        var fuzzer = QueryFuzzer(seed: 12)
        let started = Date()
        for i in 0..<40 {
            let query = fuzzer.query()
            var arguments = ["search", query]
            let options = Self.options(i)
            arguments += options
            let out = try QueryFixture.run(arguments)
            let context = Comment(rawValue: "\(arguments.map { String($0.prefix(200)) }): exit \(out.status) \(out.stderr.prefix(400))")
            #expect(out.status == 0 || out.status == 64, context)
            for line in QueryFixture.lines(out.stderr) {
                #expect(line.hasPrefix("search-cli: note: ") || line.hasPrefix("search-cli: error: "), context)
            }
            if out.status == 64 { #expect(QueryFixture.lines(out.stderr).count == 1, context) }
            if out.status == 0 && options.contains("--json") {
                #expect((try? JSONSerialization.jsonObject(with: Data(out.stdout.utf8))) != nil, context)
            }
        }
        #expect(Date().timeIntervalSince(started) < 60)
    }

    /// A fixed rotation of options, a few of them out of range.
    static func options(_ i: Int) -> [String] {
        let sets: [[String]] = [["--json"], [], ["--json", "--group"], ["--facets", "--json"], ["--explain"],
                                ["--synonyms", "--json"], ["--correct"], ["--sort", "date", "--json"], ["--limit", "4294967296"],
                                ["--json", "--no-feedback", "--per-article", "0"], ["--offset", "99999999999999999999"], ["--group"]]
        return sets[i % sets.count]
    }
}
