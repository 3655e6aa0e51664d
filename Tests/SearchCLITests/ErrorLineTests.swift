import Foundation
import Testing
import TestSupport
@testable import Indexer

/// Every error is one line, `search-cli: error: …`, with its documented exit code.
@Suite struct ErrorLineTests {
    let temp = TempFolder()
    var index: String { temp("index") }

    private func expectOneErrorLine(_ out: CLI.Output, code: Int32, containing: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(out.status == code, "\(out.stderr)", sourceLocation: sourceLocation)
        let lines = out.stderr.split(separator: "\n")
        #expect(lines.count == 1 && out.stderr.hasPrefix("search-cli: error: "), "\(out.stderr)", sourceLocation: sourceLocation)
        #expect(out.stderr.contains(containing), "\(out.stderr)", sourceLocation: sourceLocation)
        #expect(!out.stderr.contains("Domain") && !out.stderr.contains("UserInfo"), "\(out.stderr)", sourceLocation: sourceLocation)
    }

    @Test func anUnreadableBatchFileIsOneLineAndExit64() throws {
        try CLI.expectSuccess(["index", "build", Fixtures.seeds, "--index", index])
        expectOneErrorLine(try CLI.run(["search", "--batch", "/nonexistent/queries.txt", "--index", index]),
                           code: 64, containing: "--batch: cannot read /nonexistent/queries.txt: No such file or directory")
        expectOneErrorLine(try CLI.run(["search", "--batch", temp.path, "--index", index]),
                           code: 64, containing: "Is a directory")
    }

    @Test func aFileGivenAsTheCorpusIsToldToBeAFolder() throws {
        expectOneErrorLine(try CLI.run(["index", "build", Fixtures.seedFile, "--index", index]),
                           code: 64, containing: "the corpus must be a folder")
        #expect(!FileManager.default.fileExists(atPath: index))
    }

    @Test(arguments: [
        (["serch", "huawei"], "did you mean 'search'?"),
        (["similr", "a.txt#1"], "did you mean 'similar'?"),
        (["index", "biuld", "x"], "did you mean 'index build'?"),
        (["build", "x"], "did you mean 'index build'?"),
        (["stauts"], "did you mean 'index status'?"),
        (["frobnicate"], "the commands are: index, search, similar"),
    ])
    func aMisspeltCommandSuggestsTheRightOne(arguments: [String], suggestion: String) throws {
        expectOneErrorLine(try CLI.run(arguments), code: 64, containing: suggestion)
    }

    @Test func theLockMessageAdvisesWaitOnlyToABuildThatDidNotWait() throws {
        try CLI.expectSuccess(["index", "build", Fixtures.seeds, "--index", index])
        let held = try IndexLock(layout: IndexLayout(root: index))
        let now = try CLI.run(["index", "build", Fixtures.seeds, "--index", index])
        expectOneErrorLine(now, code: 75, containing: "--wait SECONDS")
        let waited = try CLI.run(["index", "build", Fixtures.seeds, "--index", index, "--wait", "0.2"])
        expectOneErrorLine(waited, code: 75, containing: "still held the lock after 0.2 s")
        #expect(!waited.stderr.contains("--wait"))
        withExtendedLifetime(held) {}
    }

    @Test func aBuildThatChangedNothingSaysSo() throws {
        Fixtures.generatedCorpus(12, into: temp("corpus"))
        let first = try CLI.expectSuccess(["index", "build", temp("corpus"), "--index", index])
        #expect(first.stdout.hasPrefix("Indexed 12 articles"), "\(first.stdout)")
        let again = try CLI.expectSuccess(["index", "build", temp("corpus"), "--index", index])
        #expect(again.stdout.hasPrefix("No changes; 12 articles, "), "\(again.stdout)")
        #expect(!again.stdout.contains("Indexed"))
    }
}
