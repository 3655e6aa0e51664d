import Foundation
import Testing
import TestSupport
@testable import Indexer

/// A damaged index is named as damaged, with the file at fault and the repair
/// (`index build --full`), in one line and exit 65: by `index check`,
/// `index status` and `search`.
@Suite struct DamagedIndexTests {
    let root = Fixtures.tempDir()
    var corpus: String { root + "/corpus" }
    var index: String { root + "/index" }
    var shard0: String { index + "/gen-1/shard-0" }
    var stub: String { index + "/XAPIANDB" }

    enum Damage: String, CaseIterable, CustomStringConvertible {
        case postlistTruncated, iamglassTruncated, shardFolderDeleted, stubGarbage, stubEmpty, stubIsADirectory,
             docdataBlocksOverwritten
        var description: String { rawValue }
    }

    /// 41 articles in two shards, so each table of shard 0 has several blocks.
    init() throws {
        try FileManager.default.copyItem(atPath: Fixtures.seeds, toPath: corpus)
        for i in 0..<40 {
            let paragraphs = (0..<6).map { p in
                (0..<40).map { w in "word\((i * 7 + p * 13 + w) % 500) trade\(w % 9)" }.joined(separator: " ") + "."
            }
            Fixtures.write("Article \(i) about trade\n\n" + paragraphs.joined(separator: "\n\n") + "\n", to: corpus + "/a\(i).txt")
        }
        let built = try CLI.run(["index", "build", corpus, "--index", index, "--shards", "2"])
        #expect(built.status == 0, "\(built.stderr)")
        // A status before the damage, so that it has checked (and remembered) the sound shards.
        #expect(try CLI.run(["index", "status", "--index", index]).status == 0)
    }

    /// Does `damage` to the index; returns the words its message must contain.
    private func inflict(_ damage: Damage) throws -> [String] {
        let fm = FileManager.default
        switch damage {
        case .postlistTruncated:
            try truncate(shard0 + "/postlist.glass", to: 4096)
            return ["gen-1/shard-0", "postlist.glass", "truncated"]
        case .iamglassTruncated:
            try truncate(shard0 + "/iamglass", to: 10)
            return ["gen-1/shard-0", "iamglass", "truncated"]
        case .shardFolderDeleted:
            try fm.removeItem(atPath: shard0)
            return ["gen-1/shard-0", "missing"]
        case .stubGarbage:
            try Data("hello world\u{1}junk\n".utf8).write(to: URL(fileURLWithPath: stub))
            return ["XAPIANDB", "not a list of shards", "hello world"]
        case .stubEmpty:
            try Data().write(to: URL(fileURLWithPath: stub))
            return ["XAPIANDB", "empty"]
        case .stubIsADirectory:
            try fm.removeItem(atPath: stub)
            try fm.createDirectory(atPath: stub, withIntermediateDirectories: false)
            return ["XAPIANDB", "directory"]
        case .docdataBlocksOverwritten:
            // Every block but the last (a compacted table's root), so the shard
            // still opens and only reading the blocks finds the damage.
            let path = shard0 + "/docdata.glass"
            let size = try #require(try fm.attributesOfItem(atPath: path)[.size] as? Int)
            #expect(size >= 3 * 8192)
            var generator = SplitMix64(seed: 7)
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.write(contentsOf: Data((0..<(size - 8192)).map { _ in UInt8.random(in: 0...255, using: &generator) }))
            try handle.close()
            return ["gen-1/shard-0", "docdata.glass", "corrupt"]
        }
    }

    private func truncate(_ path: String, to size: UInt64) throws {
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: size)
        try handle.close()
    }

    /// One line on stderr, nothing from Foundation, damaged and how to repair.
    private func expectDamagedLine(_ out: CLI.Output, _ words: [String], _ command: String) {
        let lines = out.stderr.split(separator: "\n")
        #expect(out.status == 65, "\(command): \(out.stderr)")
        #expect(lines.count == 1, "\(command): \(out.stderr)")
        #expect(!out.stderr.contains("NSCocoaErrorDomain") && !out.stderr.contains("Error Domain"))
        #expect(out.stderr.hasPrefix("search-cli: error: the index at \(index) is damaged"), "\(command): \(out.stderr)")
        #expect(out.stderr.contains("index build \(corpus) --full --index \(index)"), "\(command): \(out.stderr)")
        for word in words { #expect(out.stderr.contains(word), "\(command) should name \(word): \(out.stderr)") }
    }

    @Test(arguments: Damage.allCases)
    func eachDamageIsNamedByCheckStatusAndSearch(_ damage: Damage) throws {
        let words = try inflict(damage)
        let check = try CLI.run(["index", "check", "--index", index])
        expectDamagedLine(check, words, "index check")
        #expect(check.stdout.isEmpty)
        expectDamagedLine(try CLI.run(["index", "status", "--index", index]), words, "index status")
        // Every passage is shown, so every document's data is read.
        let search = try CLI.run(["search", "trade0 OR trade1 OR huawei", "--index", index, "--limit", "500", "--per-article", "0"])
        #expect(search.status != 0)
        expectDamagedLine(search, [], "search")
        #expect(search.stderr.contains("index check"))
        #expect(search.stdout.isEmpty)
    }

    /// `index build --full` rebuilds beside whatever is there; a plain build
    /// does the same when the live index cannot be opened, with one warning.
    @Test(arguments: Damage.allCases)
    func aFullBuildRepairsEachDamage(_ damage: Damage) throws {
        let clean = root + "/clean"
        #expect(try CLI.run(["index", "build", corpus, "--index", clean, "--shards", "2"]).status == 0)
        _ = try inflict(damage)
        let opensAnyway = damage == .docdataBlocksOverwritten
        var args = ["index", "build", corpus, "--index", index]
        if opensAnyway { args.append("--full") }
        let out = try CLI.run(args)
        #expect(out.status == 0, "\(damage): \(out.stderr)")
        if !opensAnyway {
            let lines = out.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].contains("is damaged") && lines[0].contains("rebuilding it in full"), "\(out.stderr)")
        }
        #expect(out.stdout.contains("full build"), "\(out.stdout)")
        let check = try CLI.run(["index", "check", "--index", index])
        #expect(check.status == 0, "\(damage): \(check.stderr)")
        #expect(try BuildFixture.fingerprint(index) == BuildFixture.fingerprint(clean))
        // And the next build is an ordinary one.
        #expect(try CLI.run(["index", "build", corpus, "--index", index]).stdout.hasPrefix("No changes; "))
    }

    @Test func checkJSONListsTheProblemAndTheRepair() throws {
        _ = try inflict(.postlistTruncated)
        let out = try CLI.run(["index", "check", "--index", index, "--json"])
        #expect(out.status == 65)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        #expect(object["damaged"] as? Bool == true)
        let problems = try #require(object["problems"] as? [[String: Any]])
        #expect(problems.map { $0["path"] as? String } == ["gen-1/shard-0/postlist.glass"])
        #expect((object["repair_command"] as? String)?.contains("--full") == true)
    }

    @Test func aSoundIndexChecksOKInOneLine() throws {
        let out = try CLI.run(["index", "check", "--index", index])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == "Index OK: 2 shards, \(try Searcher(index: index, logger: Fixtures.quietLogger).documentCount()) documents\n")
        #expect(out.stderr.isEmpty)
        let json = try CLI.run(["index", "check", "--index", index, "--json"])
        #expect(json.status == 0)
        #expect(json.stdout.contains("\"damaged\":false"))
    }

    @Test func checkingAMissingIndexExits66() throws {
        let out = try CLI.run(["index", "check", "--index", root + "/none"])
        #expect(out.status == 66)
        #expect(out.stderr.contains("no index"))
    }

    @Test func anIndexOfAnotherSchemaVersionKeepsItsMessage() throws {
        let layout = IndexLayout(root: index)
        for shard in try layout.liveShards() {
            let db = try WritableDatabase(path: layout.absolute(shard), action: .open)
            try db.setMetadata(IndexSchema.schemaVersionKey, "1")
            try db.commit()
        }
        let out = try CLI.run(["search", "trade0", "--index", index])
        #expect(out.status == 66)
        #expect(out.stderr.contains("built by another version of search-cli"))
        #expect(!out.stderr.contains("damaged"))
    }

    @Test func aStubListingFewerShardsThanBuiltIsDamage() throws {
        try Data("glass gen-1/shard-1\n".utf8).write(to: URL(fileURLWithPath: stub))
        let out = try CLI.run(["index", "check", "--index", index])
        expectDamagedLine(out, ["XAPIANDB", "lists 1 shard", "built with 2"], "index check")
    }
}
