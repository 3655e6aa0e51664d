import Foundation
import Testing
import TestSupport
@testable import Indexer

/// `kill -9` at many points of a build: the index stays searchable, the next
/// run completes the work, and the result equals a clean build.
@Suite struct CrashSafetyTests {
    let temp = TempFolder()
    var root: String { temp.path }
    var corpus: String { root + "/corpus" }
    var golden: String { root + "/golden" }
    var start: String { root + "/start" }

    static let queries = ["oil prices", "bank rate", "\"pct\" AND shares", "wheat OR corn", "Huawei", "kind:caption"]

    init() throws {
        let fm = FileManager.default
        // Start: 20 generated articles, indexed. Then the corpus changes:
        // 3 changed, 2 removed, 12 added (and the seed), some in subfolders.
        let names = Fixtures.generatedCorpus(35, into: root + "/all")
        func copy(_ name: String) throws {
            try fm.createDirectory(atPath: (corpus + "/" + name as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try fm.copyItem(atPath: root + "/all/" + name, toPath: corpus + "/" + name)
        }
        for name in names.prefix(20) { try copy(name) }
        try run(["index", "build", corpus, "--index", start, "--shards", "2"])
        for name in names.prefix(3) {
            let path = corpus + "/" + name
            try (String(contentsOfFile: path, encoding: .utf8) + "\nAn added paragraph about oil prices.\n").write(toFile: path, atomically: false, encoding: .utf8)
        }
        for name in names[3..<5] { try fm.removeItem(atPath: corpus + "/" + name) }
        for name in names[20..<32] { try copy(name) }
        #expect(names[20..<32].contains { $0.contains("/") })
        try fm.copyItem(atPath: Fixtures.seedFile, toPath: corpus + "/seed.txt")
        try run(["index", "build", corpus, "--index", golden, "--shards", "2"])
    }

    @discardableResult
    private func run(_ args: [String], crashAt: Int? = nil) throws -> CLI.Output {
        let out = try CLI.run(args, environment: crashAt.map { ["SEARCH_CLI_CRASH_AT": String($0)] } ?? [:])
        if crashAt == nil { #expect(out.status == 0, "\(args): \(out.stderr)") }
        return out
    }

    private func fingerprint(_ index: String) throws -> [String] {
        try BuildFixture.fingerprint(index, queries: Self.queries)
    }

    private func checkKillLoop(fromEmpty: Bool, full: Bool, points: StrideTo<Int>) throws {
        let expected = try fingerprint(golden)
        let before = try fromEmpty ? [] : fingerprint(start)
        var killedRuns = 0
        for point in points {
            let index = root + "/kill-\(point)"
            if !fromEmpty { try FileManager.default.copyItem(atPath: start, toPath: index) }
            var args = ["index", "build", corpus, "--index", index, "--batch-size", "4", "--shards", "2"]
            if full { args.append("--full") }
            let crashed = try run(args, crashAt: point)
            guard crashed.status != 0 else { break }  // past the last checkpoint: the build finished
            killedRuns += 1
            // The last committed state opens and answers.
            if FileManager.default.fileExists(atPath: index + "/XAPIANDB") {
                let results = try Searcher(index: index, logger: Fixtures.quietLogger).search(SearchRequest(query: "oil prices"))
                #expect(results.hits.allSatisfy { !$0.id.isEmpty && !$0.passage.title.isEmpty })
            }
            if full {
                // A full rebuild is swapped in whole or not at all: what is live
                // is the old index, or (killed after the swap) the new one.
                let live = try fingerprint(index)
                #expect(live == before || live == expected, "after a kill at checkpoint \(point), the live index is neither")
            }
            try run(args.filter { $0 != "--full" })
            #expect(try fingerprint(index) == expected, "after a kill at checkpoint \(point)")
            try? FileManager.default.removeItem(atPath: index)
        }
        #expect(killedRuns >= 10)
    }

    @Test func killingAnIncrementalBuildAnywhereLosesNothing() throws {
        try checkKillLoop(fromEmpty: false, full: false, points: stride(from: 1, to: 400, by: 13))
    }

    @Test func killingTheFirstBuildAnywhereLosesNothing() throws {
        try checkKillLoop(fromEmpty: true, full: false, points: stride(from: 2, to: 600, by: 29))
    }

    @Test func killingAFullRebuildLeavesTheOldIndexLive() throws {
        try checkKillLoop(fromEmpty: false, full: true, points: stride(from: 3, to: 600, by: 31))
    }
}
