import Foundation
import Testing
import TestSupport

/// Output for scripts: `--output paths|count`, absolute paths in JSON, and
/// `--batch -` answering each line as it arrives.
@Suite struct ScriptingOutputTests {
    let feed: NewsFeedCorpus

    init() throws { feed = try NewsFeedCorpus() }

    /// The corpus folder as the index records it (its real path).
    private var corpus: String { URL(fileURLWithPath: feed.corpus).resolvingSymlinksInPath().path }

    @Test func pathsPrintsEachMatchingFileOnceAbsolute() throws {
        let out = try feed.run(["search", "ferry", "--output", "paths"])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n").map(String.init)
        #expect(Set(lines) == [corpus + "/feed.jsonl", corpus + "/timetable.txt"] && lines.count == 2, "\(lines)")
        #expect(lines.allSatisfy { FileManager.default.fileExists(atPath: $0) })
        let grouped = try feed.run(["search", "solar", "--output", "paths", "--group"])
        #expect(grouped.stdout == corpus + "/feed.jsonl\n")
    }

    @Test func countPrintsTheExactNumberOfPassagesOrArticles() throws {
        #expect(try feed.run(["search", "ferry", "--output", "count"]).stdout == "8\n")
        #expect(try feed.run(["search", "ferry", "--output", "count", "--group"]).stdout == "4\n")
        #expect(try feed.run(["search", "zeppelin", "--output", "count"]).stdout == "0\n")
    }

    @Test func jsonResultsCarryTheAbsolutePath() throws {
        let json = try feed.json(["search", "ferry", "--json"])
        #expect(json["corpus"] as? String == corpus)
        let results = try #require(json["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        for result in results {
            let path = try #require(result["path"] as? String)
            #expect(result["absolute_path"] as? String == corpus + "/" + path)
        }
        let grouped = try #require(try feed.json(["search", "ferry", "--group", "--json"])["groups"] as? [[String: Any]])
        #expect(grouped.allSatisfy { ($0["absolute_path"] as? String)?.hasPrefix(corpus + "/") == true })
    }

    @Test func batchFromStandardInputAnswersEachLineAsItArrives() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["search", "--batch", "-", "--index", feed.index]
        process.environment = CLI.environment(adding: [:], home: feed.folder("home"))
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var answers: [String] = []
        for query in ["ferry", "solar", "after:yesterday"] {
            // Standard input stays open: each answer must come before the next query is sent.
            input.fileHandleForWriting.write(Data((query + "\n").utf8))
            let line = try #require(Self.readLine(output.fileHandleForReading, timeout: 20), "no answer to \(query)")
            answers.append(line)
        }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let objects = try answers.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { $0["query"] as? String } == ["ferry", "solar", "after:yesterday"])
        #expect((objects[1]["results"] as? [[String: Any]])?.first?["id"] as? String == "feed.jsonl:2#0")
        #expect((objects[2]["error"] as? String)?.contains("yesterday is not a date") == true)
    }

    @Test func aBatchFileThatCannotBeReadIsOneLine() throws {
        for (file, reason) in [(feed.folder("missing.txt"), "No such file or directory"), (feed.folder(""), "Is a directory")] {
            let out = try feed.run(["search", "--batch", file])
            #expect(out.status == 64)
            #expect(out.stderr == "search-cli: error: --batch: cannot read \(file): \(reason)\n", "\(out.stderr)")
        }
    }

    /// One line from `handle`, or nil when none comes within `timeout` seconds.
    static func readLine(_ handle: FileHandle, timeout: Double) -> String? {
        let fd = handle.fileDescriptor
        var line = Data()
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&pfd, 1, 100) > 0 else { continue }
            var byte: UInt8 = 0
            guard read(fd, &byte, 1) == 1 else { return nil }
            if byte == 0x0A { return String(decoding: line, as: UTF8.self) }
            line.append(byte)
        }
        return nil
    }
}
