import Foundation
import Testing
import TestSupport

/// Absurd numbers for `index build` are a usage error (64) in one line,
/// never a wrapped limit that skips every file while exiting 0.
@Suite struct BuildOptionRangeTests {
    let folder = TempFolder()

    @Test(arguments: [
        ["--max-file-mb", "9223372036854775807"], ["--max-file-mb", "0"], ["--max-file-mb", "4097"],
        ["--batch-size", "9223372036854775807"], ["--batch-size", "0"],
        ["--wait", "1e308"], ["--wait", "nan"], ["--wait", "-1"],
        ["--max-remove", "101"], ["--max-remove", "nan"], ["--shards", "65"],
    ])
    func anOutOfRangeNumberIsAUsageError(_ option: [String]) throws {
        let out = try CLI.run(["index", "build", Fixtures.seeds, "--index", folder("index")] + option)
        #expect(out.status == 64, "\(option): \(out.stderr)")
        #expect(out.stderr.contains(option[0]), "\(option): \(out.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder("index")))
    }

    @Test func theLargestAllowedValuesWork() throws {
        let out = try CLI.run(["index", "build", Fixtures.seeds, "--index", folder("index"),
                               "--max-file-mb", "4096", "--batch-size", "1000000", "--wait", "604800", "--max-remove", "100"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("Indexed 1 article, 23 passages"))
    }
}
