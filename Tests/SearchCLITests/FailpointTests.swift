import Foundation
import Testing
import TestSupport
@testable import Indexer

/// Failures thrown at every step of a build, N times over: the build exits
/// non-zero with one line, the live index answers as before (or, past the
/// stub swap, as after), the next clean run completes, and its result
/// equals a clean build.
@Suite struct FailpointTests {
    let fixture: BuildFixture
    init() throws { fixture = try BuildFixture() }

    struct Loop {
        var failed = 0
        var passed = 0
    }

    /// Injects a throw at the Nth reach of `step` for N in `counts`, until a
    /// build gets past its last reach.
    private func loop(_ step: BuildStep, full: Bool, batchSize: Int?, counts: [Int],
                      expectUnchanged: Bool) throws -> Loop {
        let before = try BuildFixture.fingerprint(fixture.start)
        let expected = try BuildFixture.fingerprint(fixture.golden)
        var loop = Loop()
        for n in counts {
            let index = try fixture.copyOfStart("fail-\(step.rawValue)-\(n)")
            var args = ["index", "build", fixture.corpus, "--index", index]
            if full { args.append("--full") }
            if let batchSize { args += ["--batch-size", String(batchSize)] }
            let out = try CLI.run(args, environment: ["SEARCH_CLI_FAIL_AT": "\(step.rawValue):\(n)"])
            let comment: Comment = "\(step.rawValue) #\(n)\(full ? " --full" : "") batch \(batchSize ?? 0): \(out.stderr)"
            if out.status == 0 {
                // Past the step's last reach (or a failure after the swap, which only warns).
                if step == .removeGeneration && !out.stderr.isEmpty {
                    #expect(out.stderr.split(separator: "\n").count == 1, comment)
                    #expect(try BuildFixture.fingerprint(index) == expected, comment)
                    loop.failed += 1
                    continue
                }
                break
            }
            loop.failed += 1
            #expect(out.status == 1, comment)
            let lines = out.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].hasPrefix("search-cli: error: injected failure at \(step.rawValue) #\(n)"), comment)
            try BuildFixture.checkConsistent(index, comment)
            if expectUnchanged || (step == .commit && n == 1 && batchSize == nil) { #expect(try BuildFixture.fingerprint(index) == before, comment) }
            try CLI.expectSuccess(["index", "build", fixture.corpus, "--index", index])
            #expect(try BuildFixture.fingerprint(index) == expected, comment)
            loop.passed += 1
            try? FileManager.default.removeItem(atPath: index)
        }
        return loop
    }

    /// An incremental build smaller than a batch commits all or nothing:
    /// a failure before the shards' last commits, or in the first of them,
    /// changes nothing. (A later shard whose own last commit fails discards
    /// its batch, while the earlier shards' commits stand: Xapian commits
    /// each shard on its own.)
    @Test(arguments: [BuildStep.openShard, .readRecords, .addDocument, .record, .commit])
    func anIncrementalBuildThatFailsChangesNothing(step: BuildStep) throws {
        let loop = try loop(step, full: false, batchSize: nil, counts: [1, 2, 3, 5, 8, 13, 21, 34, 55], expectUnchanged: step != .commit)
        #expect(loop.failed >= (step == .openShard || step == .readRecords || step == .commit ? 2 : 5))
    }

    /// With batches of 4 passages, what failed is discarded and the batches
    /// committed before it are whole: every passage once, records in step.
    @Test(arguments: [BuildStep.addDocument, .record, .commit])
    func anIncrementalBuildOfManyBatchesKeepsOnlyWholeBatches(step: BuildStep) throws {
        let loop = try loop(step, full: false, batchSize: 4, counts: [1, 2, 4, 7, 11, 16, 22, 29, 40], expectUnchanged: false)
        #expect(loop.failed >= 5)
    }

    /// A full rebuild that fails before its swap leaves the old index live.
    @Test(arguments: [BuildStep.openShard, .addDocument, .record, .commit, .compact, .stubSwap, .removeGeneration])
    func aFullRebuildThatFailsLeavesTheOldIndexLive(step: BuildStep) throws {
        let loop = try loop(step, full: true, batchSize: 8, counts: [1, 2, 3, 6, 12, 25, 50], expectUnchanged: step != .removeGeneration)
        #expect(loop.failed >= 1)
        // Nothing of a failed generation is left behind once the next build ran.
        let generations = try FileManager.default.contentsOfDirectory(atPath: fixture.start).filter { $0.hasPrefix("gen-") }
        #expect(generations.count == 1)
    }
}
