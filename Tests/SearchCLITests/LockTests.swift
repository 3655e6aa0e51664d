import Foundation
import Testing
import TestSupport
@testable import Indexer

/// One writer at a time: a second build exits 75 at once, or waits with --wait.
@Suite struct LockTests {
    let temp = TempFolder()
    var index: String { temp("index") }

    @Test func aSecondBuildExits75PromptlyWhileTheLockIsHeld() throws {
        try CLI.run(["index", "build", Fixtures.seeds, "--index", index])
        let held = try IndexLock(layout: IndexLayout(root: index))
        let out = try CLI.run(["index", "build", Fixtures.seeds, "--index", index])
        #expect(out.status == 75)
        #expect(out.stderr.split(separator: "\n").count == 1)
        #expect(out.stderr.contains("another index build") && out.stderr.contains("lock"))
        #expect(out.seconds < 5)
        // Searching is never blocked by a build.
        #expect(try CLI.run(["search", "Huawei", "--index", index]).status == 0)
        withExtendedLifetime(held) {}
    }

    @Test func waitTakesTheLockOnceItIsReleased() throws {
        try CLI.run(["index", "build", Fixtures.seeds, "--index", index])
        let running: CLI.Running
        let releasedAfter: Double
        do {
            let held = try IndexLock(layout: IndexLayout(root: index))
            running = try CLI.start(["index", "build", Fixtures.seeds, "--index", index, "--wait", "30"])
            let started = Date()
            Thread.sleep(forTimeInterval: 0.5)
            #expect(running.isRunning)  // still waiting for the lock
            releasedAfter = Date().timeIntervalSince(started)
            withExtendedLifetime(held) {}
        }  // the lock is released here
        let out = CLI.finish(running)
        #expect(out.status == 0, "\(out.stderr)")
        // It finished only after the release, and not at the end of its 30 s.
        #expect(out.seconds >= releasedAfter && out.seconds < 10, "took \(out.seconds) s, lock released after \(releasedAfter) s")
        #expect(out.stdout.hasPrefix("No changes; "))
    }

    @Test func waitGivesUpWith75AfterItsTimeout() throws {
        try CLI.run(["index", "build", Fixtures.seeds, "--index", index])
        let held = try IndexLock(layout: IndexLayout(root: index))
        let out = try CLI.run(["index", "build", Fixtures.seeds, "--index", index, "--wait", "0.3"])
        #expect(out.status == 75)
        #expect(out.seconds >= 0.3)
        withExtendedLifetime(held) {}
    }

    @Test func theLockDiesWithItsHolder() throws {
        // A build killed with SIGKILL leaves no stale lock: the next one runs.
        let killed = try CLI.run(["index", "build", Fixtures.seeds, "--index", index], environment: ["SEARCH_CLI_CRASH_AT": "5"])
        #expect(killed.status != 0)
        let out = try CLI.run(["index", "build", Fixtures.seeds, "--index", index])
        #expect(out.status == 0, "\(out.stderr)")
    }
}
