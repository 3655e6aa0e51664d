import Foundation
import Testing
import TestSupport
@testable import Indexer

/// A build from an empty, missing or other corpus folder, or one that would
/// remove most of the index, changes nothing and says so in one line.
@Suite struct RemovalGuardTests {
    let folder = TempFolder()
    var corpus: String { folder("corpus") }
    var index: String { folder("index") }

    init() throws {
        Fixtures.generatedCorpus(40, into: folder("corpus"))
        try CLI.expectSuccess(["index", "build", folder("corpus"), "--index", folder("index")])
    }

    private func expectRefused(_ args: [String], mentioning words: [String]) throws {
        let before = try BuildFixture.fingerprint(index)
        let out = try CLI.run(["index", "build"] + args + ["--index", index])
        #expect(out.status == 69, "\(out.stderr)")
        let lines = out.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(out.stderr)")
        for word in words { #expect(out.stderr.contains(word), "\(out.stderr)") }
        #expect(out.stdout.isEmpty)
        #expect(try BuildFixture.fingerprint(index) == before)
    }

    @Test func anEmptyCorpusFolderChangesNothing() throws {
        // As an unmounted share looks: the folder is there, the files are not.
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus) {
            try FileManager.default.removeItem(atPath: corpus + "/" + name)
        }
        try expectRefused([corpus], mentioning: ["none of the 40 indexed files", "nothing was changed", "--prune"])
        try expectRefused([corpus, "--full"], mentioning: ["none of the 40 indexed files", "--prune"])
        let pruned = try CLI.expectSuccess(["index", "build", corpus, "--index", index, "--prune"])
        #expect(pruned.stdout.contains("40 removed"), "\(pruned.stdout)")
        #expect(try IndexStatus.load(index: index).files == 0)
    }

    @Test func aMissingCorpusFolderChangesNothing() throws {
        let before = try BuildFixture.fingerprint(index)
        let out = try CLI.run(["index", "build", folder("gone"), "--index", index])
        #expect(out.status == 64)
        #expect(out.stderr.split(separator: "\n").count == 1 && out.stderr.contains("corpus folder not found"))
        #expect(try BuildFixture.fingerprint(index) == before)
    }

    @Test func anotherCorpusFolderChangesNothingUntilPruned() throws {
        let other = folder("other")
        Fixtures.generatedCorpus(5, into: other + "/elsewhere", seed: 9)
        try expectRefused([other], mentioning: ["was built from", "not \(other)", "--prune"])
        try expectRefused([other, "--full"], mentioning: ["was built from", "--prune"])
        let pruned = try CLI.expectSuccess(["index", "build", other, "--index", index, "--prune"])
        #expect(pruned.stdout.contains("40 removed") && pruned.stdout.contains("5 added"), "\(pruned.stdout)")
        // The index now belongs to the other folder: building it is an ordinary run.
        #expect(try CLI.expectSuccess(["index", "build", other, "--index", index]).stdout.hasPrefix("No changes; "))
    }

    @Test func removingMoreThanTheLimitNeedsConfirming() throws {
        let names = try FileManager.default.subpathsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }.sorted()
        for name in names.prefix(25) { try FileManager.default.removeItem(atPath: corpus + "/" + name) }
        try expectRefused([corpus], mentioning: ["would remove 25 of the 40 indexed files (63%, more than --max-remove 50%)"])
        // A higher limit lets it through; --max-remove 100 confirms any removal.
        let out = try CLI.expectSuccess(["index", "build", corpus, "--index", index, "--max-remove", "70"])
        #expect(out.stdout.contains("25 removed"), "\(out.stdout)")
    }

    @Test func removingUpToTheLimitGoesThrough() throws {
        let names = try FileManager.default.subpathsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }.sorted()
        for name in names.prefix(20) { try FileManager.default.removeItem(atPath: corpus + "/" + name) }
        let out = try CLI.expectSuccess(["index", "build", corpus, "--index", index])
        #expect(out.stdout.contains("20 removed"), "\(out.stdout)")
    }

    @Test func aDryRunSaysWhatWouldChangeAndWritesNothing() throws {
        let names = try FileManager.default.subpathsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }.sorted()
        let fm = FileManager.default
        try fm.moveItem(atPath: corpus + "/" + names[0], toPath: corpus + "/renamed.txt")
        try fm.removeItem(atPath: corpus + "/" + names[1])
        try (String(contentsOfFile: corpus + "/" + names[2], encoding: .utf8) + "\nMore.\n").write(toFile: corpus + "/" + names[2], atomically: false, encoding: .utf8)
        Fixtures.write(ArticleGenerator(seed: 5).article(0), to: corpus + "/new.txt")
        let before = try BuildFixture.fingerprint(index)
        let stamp = try fm.attributesOfItem(atPath: index + "/XAPIANDB")[.modificationDate] as? Date
        let out = try CLI.expectSuccess(["index", "build", corpus, "--index", index, "--dry-run"])
        let lines = out.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Dry run: 4 changes of 40 indexed files: 1 added, 1 changed, 1 renamed, 1 removed") == true, "\(out.stdout)")
        #expect(lines.contains("  added    new.txt"))
        #expect(lines.contains("  changed  \(names[2])"))
        #expect(lines.contains("  renamed  \(names[0]) -> renamed.txt"))
        #expect(lines.contains("  removed  \(names[1])"))
        #expect(try BuildFixture.fingerprint(index) == before)
        #expect(try fm.attributesOfItem(atPath: index + "/XAPIANDB")[.modificationDate] as? Date == stamp)
        // The real build does what the dry run said.
        let real = try CLI.expectSuccess(["index", "build", corpus, "--index", index])
        #expect(real.stdout.contains("4 changes: 1 added, 1 changed, 1 removed, 1 renamed"), "\(real.stdout)")
    }
}
