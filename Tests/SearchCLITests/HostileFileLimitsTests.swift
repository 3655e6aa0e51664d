import Foundation
import Testing
import TestSupport

/// Issue 11's files and folders through the real binary: none can hang, crash
/// or exhaust a build, none is lost silently, and each gets one warning line.
@Suite struct HostileFileLimitsTests {
    let temp = TempFolder()
    var corpus: String { temp.path + "/corpus" }
    var index: String { temp.path + "/index" }

    init() throws {
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.seedFile, toPath: corpus + "/seed.txt")
    }

    func write(_ bytes: [UInt8], _ relative: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: corpus + "/" + relative))
    }

    func build(deadline: Double = 60) throws -> CLI.TimedOutput {
        try CLI.run(["index", "build", corpus, "--index", index], deadline: deadline)
    }

    func search(_ query: String) throws -> CLI.Output {
        try CLI.run(["search", query, "--index", index])
    }

    @Test func aMillionAttributePageIsIndexedInSecondsWithOneWarning() throws {
        try write(HostileFiles.manyAttributes(1_000_000), "page.html")
        let run = try build()
        #expect(!run.timedOut, "the build was still running after 60 s")
        #expect(run.output.status == 0, "\(run.output.stderr)")
        #expect(run.output.seconds < 10, "\(run.output.seconds) s")
        #expect(CLI.warningsByPath(run.output.stderr)["page.html"]?.count == 1, "\(run.output.stderr)")
        #expect(try search("aardvark").stdout.contains("page.html#1"))
    }

    @Test func aMillionBlockTextFileIsCappedAndStaysSmallInMemory() throws {
        try write(HostileFiles.manyBlocks(1_000_000), "big.txt")
        guard let (run, peak) = try CLI.runMeasuringMemory(["index", "build", corpus, "--index", index], deadline: 120) else {
            Issue.record("/usr/bin/time is not installed (apt-get install -y time)")
            return
        }
        #expect(!run.timedOut, "the build was still running after 120 s")
        #expect(run.output.status == 0, "\(run.output.stderr)")
        #expect(CLI.warningsByPath(run.output.stderr)["big.txt"]?.count == 1, "\(run.output.stderr)")
        #expect(run.output.stdout.contains("10,023 passages"), "\(run.output.stdout)")  // the seed's 23 and big.txt's 10,000
        let megabytes = (peak ?? .max) >> 20
        #expect(megabytes < 300, "peak \(megabytes) MB")
    }

    @Test func aBinaryFileNamedJSONLinesGivesOneWarningLine() throws {
        try write(HostileFiles.binaryLines(809), "feed.jsonl")
        let run = try build()
        #expect(run.output.status == 0, "\(run.output.stderr)")
        let lines = run.output.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains("feed.jsonl: ") && lines[0].contains("809 lines"), "\(lines.count) lines: \(lines.prefix(3))")
    }

    @Test func aFolderNamedInLatin1IsIndexedUnderAnEscapedName() throws {
        let folder = RawNames.path(corpus, Array("Archiv f".utf8) + [0xFC] + Array("r 2003".utf8))
        #expect(RawNames.mkdir(folder))
        for i in 0..<100 {
            #expect(RawNames.write(folder + Array("/a\(i).txt".utf8), "Story \(i)\n\nSome words about otters number\(i).\n"))
        }
        let first = try build()
        #expect(first.output.status == 0 && first.output.stderr.isEmpty, "\(first.output.stderr)")
        #expect(first.output.stdout.hasPrefix("Indexed 101 articles"), "\(first.output.stdout)")
        let hit = try search("number7")
        #expect(hit.stdout.contains("Archiv f\\xFCr 2003/a7.txt#0"), "\(hit.stdout)")
        let again = try build()
        #expect(again.output.stdout.hasPrefix("No changes; "), "\(again.output.stdout)")
        #expect(RawNames.write(folder + Array("/a7.txt".utf8), "Story 7\n\nNow about beavers instead, longer.\n"))
        let changed = try build()
        #expect(changed.output.stdout.contains("0 added, 1 changed, 0 removed"), "\(changed.output.stdout)")
        #expect(try search("beavers").stdout.contains("Archiv f\\xFCr 2003/a7.txt#0"))
    }

    @Test func aDeepFolderTreeDoesNotCrashTheBuildAndIsWarnedAboutOnce() throws {
        var relative = "deep"
        for _ in 0..<1_300 { relative += "/d" }
        try FileManager.default.createDirectory(atPath: corpus + "/" + relative, withIntermediateDirectories: true)
        Fixtures.write("Bottom\n\nThe wombat at the bottom.\n", to: corpus + "/" + relative + "/bottom.txt")
        Fixtures.write("Shallow\n\nThe pangolin near the top.\n", to: corpus + "/deep/d/d/shallow.txt")
        // A 2 MB stack, as a cron job or a thread might have: the recursive walk overflowed it.
        let run = try CLI.run(["index", "build", corpus, "--index", index], deadline: 60, executable: "/bin/sh",
                              prefix: ["-c", "ulimit -s 2048 && exec \"$0\" \"$@\"", CLI.binary])
        #expect(run.output.status == 0, "exit \(run.output.status): \(run.output.stderr.prefix(300))")
        let warnings = run.output.stderr.split(separator: "\n")
        #expect(warnings.count == 1 && warnings[0].contains("deeper than 256"), "\(warnings.map { $0.suffix(120) })")
        #expect(try search("pangolin").stdout.contains("deep/d/d/shallow.txt#0"))
    }

    @Test func aHugeTitleOverManyPassagesIsCutAndStaysCheap() throws {
        let block = (0..<150_000).map { "w\($0 % 5000)" }.joined(separator: " ")
        try write(Array((block + "\n\n" + (0..<2_000).map { "paragraph \($0)" }.joined(separator: "\n\n") + "\n").utf8), "titled.txt")
        guard let (run, peak) = try CLI.runMeasuringMemory(["index", "build", corpus, "--index", index], deadline: 60) else {
            Issue.record("/usr/bin/time is not installed (apt-get install -y time)")
            return
        }
        #expect(!run.timedOut, "the build was still running after 60 s")
        #expect(run.output.status == 0, "\(run.output.stderr)")
        #expect(CLI.warningsByPath(run.output.stderr)["titled.txt"]?.count == 1, "\(run.output.stderr)")
        let megabytes = (peak ?? .max) >> 20
        #expect(megabytes < 300, "peak \(megabytes) MB")
    }
}
