import Foundation
import Testing
import TestSupport
@testable import Indexer

/// Every kind of bad file gets one warning naming it; everything else is indexed.
/// A file that is not UTF-8 is indexed, decoded as Windows-1252, with a warning.
@Suite struct HostileCorpusTests {
    let temp = TempFolder()
    var root: String { temp.path }
    var corpus: String { root + "/corpus" }
    var index: String { root + "/index" }
    let longName = String(repeating: "l", count: 240) + ".txt"

    /// The bad files, by the tag of the reason they are skipped.
    static let expectedSkips: [String: String] = [
        "binary.txt": "binary", "empty.txt": "empty", "blank.txt": "empty",
        "huge.txt": "too-large", "noperm.txt": "unreadable", "fifo.txt": "not-regular",
        "loop-a.txt": "symlink", "loop-b.txt": "symlink", "outside.txt": "symlink", "sub/up": "symlink",
    ]

    init() throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: corpus + "/sub", withIntermediateDirectories: true)
        try fm.copyItem(atPath: Fixtures.seedFile, toPath: corpus + "/good.txt")
        try Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 0, 0xFF]).write(to: URL(fileURLWithPath: corpus + "/binary.txt"))
        // BBC sport/199.txt has a Latin-1 byte; without the corpora, a file like it.
        if Fixtures.hasCorpora {
            try run(["sh", "-c", "tar -xJOf '\(Fixtures.corpora)/bbc/bbc-fulltext.tar.xz' bbc/sport/199.txt > '\(corpus)/latin1.txt'"])
        } else {
            try (Data("Caf story\n\nThe caf".utf8) + [0xE9] + Data(" served espresso.\n".utf8)).write(to: URL(fileURLWithPath: corpus + "/latin1.txt"))
        }
        #expect(FileManager.default.contents(atPath: corpus + "/latin1.txt").map { String(bytes: $0, encoding: .utf8) == nil && !$0.isEmpty } == true)
        fm.createFile(atPath: corpus + "/empty.txt", contents: Data())
        fm.createFile(atPath: corpus + "/blank.txt", contents: Data(" \n\n\t\n".utf8))
        try Data(repeating: UInt8(ascii: "a"), count: 50 << 20).write(to: URL(fileURLWithPath: corpus + "/huge.txt"))
        fm.createFile(atPath: corpus + "/noperm.txt", contents: Data("Secret\n\nHidden words.\n".utf8), attributes: [.posixPermissions: 0])
        #expect(mkfifo(corpus + "/fifo.txt", 0o644) == 0)
        try fm.createSymbolicLink(atPath: corpus + "/loop-a.txt", withDestinationPath: "loop-b.txt")
        try fm.createSymbolicLink(atPath: corpus + "/loop-b.txt", withDestinationPath: "loop-a.txt")
        try fm.createSymbolicLink(atPath: corpus + "/outside.txt", withDestinationPath: "/etc/passwd")
        try fm.createSymbolicLink(atPath: corpus + "/sub/up", withDestinationPath: "..")
        let longWord = String(repeating: "x", count: 1_000)
        Fixtures.write("Long Names\n\nA paragraph with \(longWord) and the word pangolin.\n", to: corpus + "/sub/" + longName)
        fm.createFile(atPath: corpus + "/notes.pdf", contents: Data("%PDF".utf8))  // not an article format: ignored
        // The test runs the build as an unprivileged user when it is root,
        // since root can read a file with no read permission.
        try run(["chmod", "-R", "a+rwX", root])
        try run(["chmod", "000", corpus + "/noperm.txt"])
    }

    private func run(_ command: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = command
        try p.run()
        p.waitUntilExit()
    }

    private func build(_ extra: [String] = []) throws -> CLI.Output {
        let args = ["index", "build", corpus, "--index", index] + extra
        if getuid() == 0 {
            // A copy the unprivileged user can run, wherever the build folder is.
            let binary = root + "/bin/search-cli"
            if !FileManager.default.fileExists(atPath: binary) {
                try FileManager.default.createDirectory(atPath: root + "/bin", withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: CLI.binary, toPath: binary)
                try run(["chmod", "-R", "a+rX", root + "/bin"])
            }
            return try CLI.run([], environment: [:], executable: "/usr/bin/setpriv",
                               prefix: ["--reuid=65534", "--regid=65534", "--clear-groups", binary] + args)
        }
        return try CLI.run(args)
    }

    @Test func everyBadFileIsWarnedAboutOnceAndTheRestIsIndexed() throws {
        let out = try build()
        #expect(out.status == 0, "\(out.stderr)")
        let warnings = out.stderr.split(separator: "\n").map(String.init)
        #expect(warnings.count == Self.expectedSkips.count + 1, "\(warnings)")
        for name in Self.expectedSkips.keys + ["latin1.txt"] {
            #expect(warnings.filter { $0.contains("warning: \(name):") }.count == 1, "no single warning for \(name)")
        }
        #expect(warnings.contains { $0.contains("latin1.txt: not valid UTF-8") && $0.contains("decoded as Windows-1252") })
        #expect(out.stdout.contains("Indexed 3 articles"))
        #expect(out.stdout.contains("10 skipped (1 binary, 2 empty, 1 not-regular, 4 symlink, 1 too-large, 1 unreadable); 1 decoded as Windows-1252"), "\(out.stdout)")

        let searcher = try Searcher(index: index, logger: Fixtures.quietLogger)
        let hit = try #require(try searcher.search(SearchRequest(query: "pangolin")).hits.first)
        #expect(hit.passage.path == "sub/" + longName)
        #expect(try searcher.search(SearchRequest(query: "Huawei")).hits.first?.passage.path == "good.txt")
        let latin1 = try #require(try searcher.search(SearchRequest(query: "title:\(Fixtures.hasCorpora ? "Mutu" : "Caf")")).hits.first)
        #expect(latin1.passage.path == "latin1.txt")

        // Unchanged bad files are not retried or warned about again...
        let again = try build()
        #expect(again.status == 0 && again.stderr.isEmpty, "\(again.stderr)")
        #expect(again.stdout.contains("10 still failing"))
        // ...but are listed, with their reasons, by index status.
        let status = try IndexStatus.load(index: index)
        #expect(Dictionary(uniqueKeysWithValues: status.failed.map { ($0.path, $0.tag) }) == Self.expectedSkips)
    }

    @Test func aFixedFileIsRetriedAndIndexed() throws {
        _ = try build()
        try Data("Cafe story\n\nThe cafe served espresso.\n".utf8).write(to: URL(fileURLWithPath: corpus + "/empty.txt"))
        let out = try build()
        #expect(out.stderr.isEmpty, "\(out.stderr)")
        #expect(out.stdout.contains("1 added"))
        let hits = try Searcher(index: index, logger: Fixtures.quietLogger).search(SearchRequest(query: "cafe espresso")).hits
        #expect(hits.first?.passage.path == "empty.txt")
        #expect(try IndexStatus.load(index: index).failed.count == Self.expectedSkips.count - 1)
    }

    @Test func quietPrintsOnlyWarnings() throws {
        let out = try build(["--quiet"])
        #expect(out.stdout.isEmpty)
        #expect(out.stderr.split(separator: "\n").count == Self.expectedSkips.count + 1)
    }
}
