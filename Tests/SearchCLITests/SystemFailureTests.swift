import Foundation
import Testing
import TestSupport
@testable import Indexer

/// Failures the system causes for real: a disk that fills up, an index
/// folder the build may not write, and SIGTERM or SIGINT mid-build. Each
/// leaves the last committed index searchable, says so in one line, and the
/// next run equals a clean build. (Root only: they mount a small tmpfs and
/// run the build as `nobody`.)
@Suite(.enabled(if: getuid() == 0, "needs root (mount, setpriv)"))
struct SystemFailureTests {
    let folder = TempFolder()

    /// A tmpfs of `megabytes` at `path`, unmounted by the returned closure.
    private func mountTmpfs(_ path: String, megabytes: Int) throws -> () -> Void {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        #expect(Self.sh("mount -t tmpfs -o size=\(megabytes)m tmpfs '\(path)'") == 0)
        return { _ = Self.sh("umount -l '\(path)'") }
    }

    @discardableResult
    static func sh(_ command: String) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try? p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }

    @Test func aDiskThatFillsUpLosesNothing() throws {
        let corpus = folder("corpus"), disk = folder("disk"), golden = folder("golden")
        Fixtures.generatedCorpus(30, into: corpus)
        let unmount = try mountTmpfs(disk, megabytes: 3)
        defer { unmount() }
        let index = disk + "/index"
        try CLI.expectSuccess(["index", "build", corpus, "--index", index])
        let before = try BuildFixture.fingerprint(index)
        // Grow the corpus past what the disk holds.
        ArticleGenerator(seed: 4).writeCorpus(count: 500, into: corpus + "/more")
        try CLI.expectSuccess(["index", "build", corpus, "--index", golden])

        for args in [["--full"], []] {
            let out = try CLI.run(["index", "build", corpus, "--index", index] + args)
            #expect(out.status == 74, "\(args): \(out.stderr)")
            let lines = out.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].contains("the disk is full") && lines[0].contains("No space left on device"), "\(args): \(out.stderr)")
            try BuildFixture.checkConsistent(index, "\(args)")
            // A full rebuild leaves the old index as it was, and takes its new generation away.
            if args == ["--full"] {
                #expect(try BuildFixture.fingerprint(index) == before)
                #expect(try FileManager.default.contentsOfDirectory(atPath: index).filter { $0.hasPrefix("gen-") }.count == 1)
            }
        }
        #expect(Self.sh("mount -o remount,size=128m '\(disk)'") == 0)
        try CLI.expectSuccess(["index", "build", corpus, "--index", index])
        #expect(try BuildFixture.fingerprint(index) == BuildFixture.fingerprint(golden))
    }

    @Test func anIndexFolderTheBuildMayNotWriteIsOneLineAndLosesNothing() throws {
        let corpus = folder("corpus"), index = folder("index")
        Fixtures.generatedCorpus(20, into: corpus)
        try CLI.expectSuccess(["index", "build", corpus, "--index", index])
        ArticleGenerator(seed: 6).writeCorpus(count: 5, into: corpus + "/more")
        let before = try BuildFixture.fingerprint(index)
        #expect(Self.sh("chmod -R a+rX '\(folder.path)'") == 0)
        let asNobody = ["--reuid=nobody", "--regid=nogroup", "--clear-groups", "--", CLI.binary]
        // Owned by root, not writable by nobody: another user's index.
        var out = try CLI.run(["index", "build", corpus, "--index", index], executable: "/usr/bin/setpriv", prefix: asNobody)
        #expect(out.status == 73 || out.status == 1, "\(out.stderr)")
        #expect(out.stderr.split(separator: "\n").count == 1 && out.stderr.contains("ermission denied"), "\(out.stderr)")
        // Read-only, even for its owner.
        #expect(Self.sh("chmod -R a-w '\(index)'") == 0)
        out = try CLI.run(["index", "build", corpus, "--index", index], executable: "/usr/bin/setpriv", prefix: asNobody)
        #expect(out.status != 0 && out.stderr.split(separator: "\n").count == 1, "\(out.stderr)")
        #expect(!out.stderr.contains("NSCocoaErrorDomain"), "\(out.stderr)")
        #expect(Self.sh("chmod -R u+w '\(index)'") == 0)
        #expect(try BuildFixture.fingerprint(index) == before)
        let done = try CLI.expectSuccess(["index", "build", corpus, "--index", index])
        #expect(done.stdout.contains("5 added"), "\(done.stdout)")
    }

    /// SIGTERM and SIGINT at several moments of a long build: it stops at a
    /// safe point, says so, releases the lock, and the next run completes.
    @Test(arguments: [SIGTERM, SIGINT])
    func aSignalStopsTheBuildAtASafePoint(signal: Int32) throws {
        let corpus = folder("corpus"), index = folder("index"), golden = folder("golden")
        Fixtures.generatedCorpus(40, into: corpus)
        try CLI.expectSuccess(["index", "build", corpus, "--index", index])
        ArticleGenerator(seed: 8).writeCorpus(count: 1500, into: corpus + "/more")
        try CLI.expectSuccess(["index", "build", corpus, "--index", golden])
        var stopped = 0
        for delay in [0.2, 0.5, 1.0] {
            let copy = folder("copy-\(delay)")
            try FileManager.default.copyItem(atPath: index, toPath: copy)
            for args in [["--batch-size", "50"], ["--full"]] {
                let running = try CLI.start(["index", "build", corpus, "--index", copy] + args)
                Thread.sleep(forTimeInterval: delay)
                kill(running.pid, signal)
                let out = CLI.finish(running)
                guard out.status != 0 else { continue }  // finished before the signal
                stopped += 1
                #expect(out.status == 128 + signal, "\(args) after \(delay) s: \(out.stderr)")
                let lines = out.stderr.split(separator: "\n")
                #expect(lines.count == 1 && lines[0].contains("build interrupted by SIG"), "\(out.stderr)")
                try BuildFixture.checkConsistent(copy, "\(args) after \(delay) s")
                // The lock is free at once.
                try CLI.expectSuccess(["index", "build", corpus, "--index", copy, "--dry-run"])
            }
            try CLI.expectSuccess(["index", "build", corpus, "--index", copy])
            #expect(try BuildFixture.fingerprint(copy) == BuildFixture.fingerprint(golden), "after \(delay) s")
        }
        #expect(stopped >= 3)
    }
}
