import Foundation
import Testing
import TestSupport

/// A seeded fuzz set for every format (random bytes, deep nesting, huge
/// attributes, long lines, control characters, invalid UTF-8, random and
/// truncated markup) indexed by the real binary: it exits 0 without crashing or
/// hanging, each bad file gets at most one warning line, and the index opens,
/// checks and searches. `bench/fuzz_files.sh` runs a larger set.
@Suite struct FuzzFilesTests {
    let temp = TempFolder()
    var corpus: String { temp.path + "/corpus" }
    var index: String { temp.path + "/index" }

    @Test(arguments: [UInt64(2024), 7])
    func hostileFilesAreIndexedWithAtMostOneWarningEach(seed: UInt64) throws {
        var fuzz = FuzzCorpus(seed: seed)
        let files = fuzz.files(variants: 2)
        try FuzzCorpus.write(files, into: corpus)
        try FileManager.default.copyItem(atPath: Fixtures.seedFile, toPath: corpus + "/seed.txt")
        let run = try CLI.run(["index", "build", corpus, "--index", index], deadline: 120)
        #expect(!run.timedOut, "the build was still running after 120 s")
        #expect(run.output.status == 0, "exit \(run.output.status): \(run.output.stderr.suffix(500))")
        let lines = run.output.stderr.split(separator: "\n")
        #expect(lines.allSatisfy { $0.hasPrefix("search-cli: warning: ") }, "\(lines.filter { !$0.hasPrefix("search-cli: warning: ") }.prefix(3))")
        for (path, warnings) in CLI.warningsByPath(run.output.stderr) where warnings.count > 1 {
            Issue.record("\(path): \(warnings.count) warnings, first: \(warnings[0].prefix(200))")
        }
        #expect(run.output.stdout.hasPrefix("Indexed "), "\(run.output.stdout)")
        let found = try CLI.run(["search", "pangolin", "--index", index])
        #expect(found.status == 0 && found.stdout.contains("#"), "\(found.stderr)")
        #expect(try CLI.run(["index", "check", "--index", index]).status == 0)
        #expect(try CLI.run(["index", "status", "--index", index]).status == 0)
    }
}
