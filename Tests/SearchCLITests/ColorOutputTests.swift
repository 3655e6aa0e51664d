import Foundation
import Testing
import TestSupport

/// `--color auto|always|never`, `NO_COLOR` and `TERM=dumb`, on a pipe and on
/// a terminal (`script` gives the binary a pseudo-terminal).
@Suite struct ColorOutputTests {
    let temp = TempFolder()
    var index: String { temp("index") }
    static let bold = "\u{1B}[1m"

    init() throws {
        Fixtures.write("Ledger notes\n\nThe [1] footnote says Huawei shipped [sic] early; a back\\slash too.\n", to: temp("corpus/notes.txt"))
        try CLI.expectSuccess(["index", "build", temp("corpus"), "--index", index])
    }

    private func search(_ extra: [String], environment: [String: String] = [:]) throws -> String {
        let out = try CLI.run(["search", "huawei", "--index", index] + extra, environment: environment)
        #expect(out.status == 0, "\(out.stderr)")
        return out.stdout
    }

    @Test func aPipeGetsBracketsAndTheTextsOwnBracketsAreEscaped() throws {
        let out = try search([])
        #expect(out.contains(#"The \[1\] footnote says [Huawei] shipped \[sic\] early; a back\\slash too."#), "\(out)")
        #expect(!out.contains("\u{1B}"))
    }

    @Test func neverMarksNothingAndAlwaysIsBoldEvenIntoAPipe() throws {
        let never = try search(["--color", "never"])
        #expect(never.contains("The [1] footnote says Huawei shipped [sic] early"), "\(never)")
        #expect(!never.contains("\u{1B}"))
        let always = try search(["--color", "always"])
        #expect(always.contains("says \(Self.bold)Huawei\u{1B}[22m shipped [sic]"), "\(always)")
        // A flag on the command line beats the environment.
        #expect(try search(["--color=always"], environment: ["NO_COLOR": "1", "TERM": "dumb"]).contains(Self.bold))
    }

    @Test func aBadColorValueIsOneUsageLine() throws {
        let out = try CLI.run(["search", "huawei", "--index", index, "--color", "sometimes"])
        #expect(out.status == 64)
        #expect(out.stderr.hasPrefix("search-cli: error: ") && out.stderr.split(separator: "\n").count == 1, "\(out.stderr)")
    }

    /// The binary on a pseudo-terminal, through util-linux's `script`.
    private func onTerminal(_ environment: [String: String], color: String? = nil) throws -> String {
        let command = ([CLI.binary, "search", "huawei", "--index", index] + (color.map { ["--color", $0] } ?? []))
            .map { "'" + $0 + "'" }.joined(separator: " ")
        let out = try CLI.run(["-qec", command, "/dev/null"], environment: ["TERM": "xterm"].merging(environment) { $1 },
                              executable: "/usr/bin/script")
        #expect(out.status == 0, "\(out.stderr)")
        return out.stdout
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func aTerminalGetsBoldUnlessNoColorOrADumbTerminal() throws {
        #expect(try onTerminal([:]).contains("\(Self.bold)Huawei"))
        let noColor = try onTerminal(["NO_COLOR": "1"])
        #expect(!noColor.contains("\u{1B}[") && noColor.contains("[Huawei]"), "\(noColor)")
        #expect(!(try onTerminal(["TERM": "dumb"])).contains("\u{1B}["))
        // An empty NO_COLOR does not count (no-color.org).
        #expect(try onTerminal(["NO_COLOR": ""]).contains(Self.bold))
        #expect(!(try onTerminal([:], color: "never")).contains("\u{1B}["))
    }
}
