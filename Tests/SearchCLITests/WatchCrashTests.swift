import Foundation
import Testing
import TestSupport
@testable import Indexer

/// `kill -9` during `watch check` and during `index build --watch`: a report
/// is never lost; one already printed and committed is never repeated (a
/// report printed but not yet committed is printed again: at least once).
@Suite struct WatchCrashTests {
    @Test func aCheckKilledAfterPrintingBeforeItsCommitReportsAgain() throws {
        let f = try WatchFixture(articles: 8)
        let killed = try f.run(["watch", "check", "--json"], environment: ["SEARCH_CLI_CRASH_AT": "watch-output:1"])
        #expect(killed.status != 0)
        let printed = try WatchFixture.reported(json: killed.stdout)
        #expect(!(printed["oil"] ?? []).isEmpty)
        let again = try f.run(["watch", "check", "--json"])
        #expect(again.status == 0)
        #expect(try WatchFixture.reported(json: again.stdout) == printed)
        #expect(try f.run(["watch", "check"]).status == 1)
    }

    @Test func aCheckKilledAfterItsCommitDoesNotRepeat() throws {
        let f = try WatchFixture(articles: 8)
        let killed = try f.run(["watch", "check", "--json"], environment: ["SEARCH_CLI_CRASH_AT": "watch-commit:1"])
        #expect(killed.status != 0)
        #expect(!(try WatchFixture.reported(json: killed.stdout)["oil"] ?? []).isEmpty)
        #expect(try f.run(["watch", "check"]).status == 1)
    }

    @Test func aBuildKilledMidwayReportsNothingOfItUntilItCompletes() throws {
        let f = try WatchFixture(articles: 8)
        for i in 0..<3 {
            Fixtures.write("Oil field \(i) opens\n\nOil output at field \(i) rose.\n\nCrude oil exports followed.\n",
                           to: f.corpus + "/fields/field-\(i).txt")
        }
        // Batches of one passage: the build commits some of the new passages, then dies.
        let killed = try f.run(["index", "build", f.corpus, "--watch", "--batch-size", "1", "--shards", "1"],
                               environment: ["SEARCH_CLI_CRASH_AT": "commit:3"])
        #expect(killed.status != 0)
        let committed = try f.matches("oil path:fields").map(\.id)
        #expect(!committed.isEmpty, "some of the killed build's passages are committed and searchable")
        // The watches (never checked) report what matched before, but none of
        // the killed build's passages: its sequence was never committed.
        let check = try f.run(["watch", "check", "--json"])
        let before = try WatchFixture.reported(json: check.stdout)
        #expect(!(before["oil"] ?? []).isEmpty)
        #expect(!(before["oil"] ?? []).contains { $0.hasPrefix("fields/") }, "\(before)")
        // The next build completes it: each new passage is reported exactly once.
        let build = try f.run(["index", "build", f.corpus, "--watch"])
        #expect(build.status == 0, "\(build.stderr)")
        let after = WatchFixture.reported(text: build.stdout)["oil"] ?? []
        #expect(after.sorted() == (try f.matches("oil path:fields").map(\.id)).sorted(), "\(build.stdout)")
        #expect(after.count == 6)
        #expect(try f.run(["watch", "check"]).status == 1)
    }

    @Test func watchCommandsWaitForARunningBuildsLock() throws {
        let f = try WatchFixture(articles: 3)
        do {
            let lock = try IndexLock(layout: IndexLayout(root: f.index))
            let busy = try f.run(["watch", "add", "wheat", "wheat"])
            #expect(busy.status == 75, "\(busy.stderr)")
            #expect(try f.run(["watch", "check"]).status == 75)
            let waiting = try CLI.start(["watch", "add", "wheat", "wheat", "--wait", "30", "--index", f.index])
            Thread.sleep(forTimeInterval: 1)
            #expect(waiting.isRunning)
            withExtendedLifetime(lock) {}
            _ = consume lock
            let done = CLI.finish(waiting)
            #expect(done.status == 0, "\(done.stderr)")
        }
        #expect(try f.run(["watch", "list"]).stdout.contains("wheat\t"))
    }
}
