import Foundation
import Testing
import TestSupport

/// Issue 11: every number the search-side commands take is checked against its
/// documented range (README, "Search options"): one line naming the option and
/// the range, exit 64; never a crash (4294967296 used to stop the process with
/// SIGILL, exit 132).
@Suite struct NumericOptionTests {
    static let commands: [[String]] = [["search", "oil"], ["search", "oil", "--group"], ["similar", QueryFixture.passage]]

    static let outOfRange: [(option: String, value: String, range: String)] = [
        ("--limit", "0", "1 to 1,000"), ("--limit", "1001", "1 to 1,000"), ("--limit", "4294967296", "1 to 1,000"),
        ("--limit", "9223372036854775807", "1 to 1,000"), ("-l", "-1", "1 to 1,000"),
        ("--per-article", "-1", "0 to 1,000"), ("--per-article", "1001", "0 to 1,000"),
        ("--per-article", "4294967296", "0 to 1,000"),
    ]

    static let offsets: [String] = ["-1", "1001", "4294967295", "4294967296", "9223372036854775807"]

    @Test(arguments: commands)
    func eachNumberOutOfRangeIsOneLineAndExit64(_ command: [String]) throws {
        for (option, value, range) in Self.outOfRange {
            try expectRefused(command + [option, value], naming: option == "-l" ? "--limit" : option, range: range)
        }
        if command[0] == "search" {
            for value in Self.offsets { try expectRefused(command + ["--offset", value], naming: "--offset", range: "0 to 1,000") }
        }
    }

    @Test(arguments: commands)
    func theEndsOfEachRangeAreAccepted(_ command: [String]) throws {
        var cases = [["--limit", "1000"], ["--limit", "1"], ["--per-article", "0"], ["--per-article", "1000"]]
        if command[0] == "search" { cases += [["--offset", "1000"], ["--offset", "0"]] }
        for options in cases {
            let out = try QueryFixture.run(command + options)
            #expect(out.status == 0, "\(command + options): \(out.stderr)")
        }
    }

    @Test func aNumberTooBigForAnyIntegerIsOneLine() throws {
        try expectRefused(["search", "oil", "--limit", "99999999999999999999"], naming: "--limit", range: nil)
    }

    @Test func rankingOverridesOutOfRangeAreIgnored() throws {
        for spec in ["prf_depth=1e300", "prf_docs=-1e19", "prf_terms=nan", "prf_depth=4294967296", "prf_min_docs=inf"] {
            let out = try CLI.run(["search", "oil", "--index", QueryFixture.index], environment: ["SEARCH_CLI_RANKING": spec])
            #expect(out.status == 0, "\(spec): \(out.stderr)")
        }
    }

    private func expectRefused(_ arguments: [String], naming option: String, range: String?) throws {
        let out = try QueryFixture.run(arguments)
        #expect(out.status == 64, "\(arguments): exit \(out.status)")
        let lines = QueryFixture.lines(out.stderr)
        #expect(lines.count == 1 && lines[0].hasPrefix("search-cli: error: ") && lines[0].contains(option),
                "\(arguments): \(out.stderr)")
        if let range { #expect(lines.first?.contains(range) == true, "\(arguments): \(out.stderr)") }
    }
}
