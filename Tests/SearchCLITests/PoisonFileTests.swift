import Foundation
import Testing
import TestSupport
@testable import Indexer

/// A file that two builds in a row were killed or hung on is recorded as
/// failing by the next, skipped with one warning, and retried once it
/// changes; one stop on a file (a `kill -9` that happened to land there)
/// costs it nothing.
@Suite struct PoisonFileTests {
    let folder = TempFolder()

    @Test(arguments: [false, true])
    func aFileABuildDiedOnIsSkippedUntilItChanges(full: Bool) throws {
        let corpus = folder("corpus"), index = folder("index")
        Fixtures.generatedCorpus(20, into: corpus)
        // One shard: one file is being read at any moment.
        try CLI.expectSuccess(["index", "build", corpus, "--index", index, "--shards", "1"])
        ArticleGenerator(seed: 3).writeCorpus(count: 6, into: corpus + "/new")
        // Killed twice while reading the same file, as hung builds killed by cron's timeout would be.
        let args = ["index", "build", corpus, "--index", index, "--shards", "1"] + (full ? ["--full"] : [])
        for strikes in 1...2 {
            let killed = try CLI.run(args, environment: ["SEARCH_CLI_CRASH_AT": "parse:3"])
            #expect(killed.status != 0)
            let journal = ParseJournal.read(IndexLayout(root: index))
            #expect(journal.count == 1 && journal.first?.value.strikes == strikes, "\(journal)")
        }
        let poisoned = try #require(ParseJournal.read(IndexLayout(root: index)).keys.first)

        let next = try CLI.run(args)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stderr == "search-cli: warning: \(poisoned): an earlier build stopped (killed or hung) while reading it; skipped until it changes\n")
        #expect(next.stdout.contains("1 skipped (1 poisoned)"), "\(next.stdout)")
        #expect(ParseJournal.read(IndexLayout(root: index)).isEmpty)
        let status = try IndexStatus.load(index: index)
        #expect(status.failed.map(\.path) == [poisoned])
        #expect(status.files == 25)

        // Not read again, and not warned about again, while it is the same.
        let again = try CLI.expectSuccess(["index", "build", corpus, "--index", index])
        #expect(again.stderr.isEmpty && again.stdout.contains("1 still failing"), "\(again.stdout)")
        // Changed: retried and indexed.
        let path = corpus + "/" + poisoned
        try (String(contentsOfFile: path, encoding: .utf8) + "\nA paragraph about zanzibar cloves.\n").write(toFile: path, atomically: false, encoding: .utf8)
        let retried = try CLI.expectSuccess(["index", "build", corpus, "--index", index])
        #expect(retried.stdout.contains("1 added"), "\(retried.stdout)")
        #expect(try Fixtures.search(index, "zanzibar cloves").hits.first?.passage.path == poisoned)
        #expect(try IndexStatus.load(index: index).failed.isEmpty)
    }

    /// One kill while a file is read costs it nothing: the next build reads it.
    @Test func oneStopOnAFilePoisonsNothing() throws {
        let corpus = folder("corpus"), index = folder("index")
        Fixtures.generatedCorpus(10, into: corpus)
        #expect(try CLI.run(["index", "build", corpus, "--index", index], environment: ["SEARCH_CLI_CRASH_AT": "parse:4"]).status != 0)
        // Each shard's thread was reading a file.
        #expect((1...2).contains(ParseJournal.read(IndexLayout(root: index)).count))
        let next = try CLI.expectSuccess(["index", "build", corpus, "--index", index])
        #expect(next.stderr.isEmpty, "\(next.stderr)")
        #expect(try IndexStatus.load(index: index).files == 10)
        #expect(ParseJournal.read(IndexLayout(root: index)).isEmpty)
    }

    /// A kill while a file is indexed (after it was parsed) does not name it.
    @Test func aKillAfterParsingPoisonsNothing() throws {
        let corpus = folder("corpus"), index = folder("index")
        Fixtures.generatedCorpus(10, into: corpus)
        // One shard: with two, the other shard's thread may be reading a file at that moment.
        let killed = try CLI.run(["index", "build", corpus, "--index", index, "--shards", "1"], environment: ["SEARCH_CLI_CRASH_AT": "add-document:5"])
        #expect(killed.status != 0)
        #expect(ParseJournal.read(IndexLayout(root: index)).isEmpty)
        let next = try CLI.expectSuccess(["index", "build", corpus, "--index", index])
        #expect(next.stderr.isEmpty)
        #expect(try IndexStatus.load(index: index).files == 10)
    }
}
