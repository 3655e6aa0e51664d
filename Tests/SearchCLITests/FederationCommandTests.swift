import Foundation
import Testing
import TestSupport
import Indexer

/// `index serve-shards` and `index federate` as a user runs them: two shard
/// machines' indexes served on loopback, one front index, searches that print
/// what a local index of the whole corpus prints, and one clear line (exit 1)
/// naming the shard whose server was stopped.
@Suite(.enabled(if: ShardServerFixture.isAvailable, "needs xapian-tcpsrv (xapian-tools)"))
struct FederationCommandTests {
    let temp = TempFolder()

    @Test func aFrontIndexOverServedShardsSearchesLikeALocalOne() throws {
        let whole = temp("corpus"), halves = [temp("a"), temp("b")]
        let paths = Fixtures.generatedCorpus(120, into: whole)
        for (i, path) in paths.enumerated() {
            Fixtures.write(try String(contentsOfFile: whole + "/" + path, encoding: .utf8), to: halves[i % 2] + "/" + path)
        }
        for (corpus, index) in [(whole, temp("whole")), (halves[0], temp("index-a")), (halves[1], temp("index-b"))] {
            #expect(try CLI.run(["index", "build", corpus, "--index", index, "--shards", "2", "--quiet"]).status == 0)
        }
        let base = Int.random(in: 20_000...60_000)
        let servers = try [("index-a", base), ("index-b", base + 2)].map { name, port in
            try CLI.start(["index", "serve-shards", "--index", temp(name), "--port", String(port), "--interface", "127.0.0.1"])
        }
        defer { for server in servers where server.isRunning { kill(server.pid, SIGTERM) }; servers.forEach { _ = CLI.finish($0) } }
        let remotes = (0..<4).flatMap { ["--remote", "127.0.0.1:\(base + $0)"] }
        var federated = try CLI.run(["index", "federate", "--index", temp("front")] + remotes)
        for _ in 0..<50 where federated.status != 0 {
            usleep(100_000)
            federated = try CLI.run(["index", "federate", "--index", temp("front")] + remotes)
        }
        #expect(federated.status == 0, "\(federated.stderr)")
        #expect(federated.stdout.contains("Federated 4 remote shards"))

        for query in [["oil", "prices"], ["bank", "--limit", "5", "--offset", "5"], ["title:bank", "kind:caption"], ["gold", "--group"], ["shipping", "--facets"]] {
            let here = try CLI.run(["search", "--index", temp("whole")] + query)
            let there = try CLI.run(["search", "--index", temp("front")] + query)
            #expect(here.status == 0 && there.status == 0 && !here.stdout.isEmpty)
            #expect(Self.withoutTimes(there.stdout) == Self.withoutTimes(here.stdout), "\(query)")
        }

        // A federated index is not built into.
        let build = try CLI.run(["index", "build", whole, "--index", temp("front")])
        #expect(build.status == 73 && build.stderr.contains("federated"))

        kill(servers[1].pid, SIGTERM)
        let stopped = CLI.finish(servers[1])
        #expect(stopped.status == 0)
        let down = try CLI.run(["search", "--index", temp("front"), "oil"])
        #expect(down.status == 1)
        #expect(down.stderr.contains("127.0.0.1:\(base + 2)") || down.stderr.contains("127.0.0.1:\(base + 3)"), "\(down.stderr)")
        #expect(down.stderr.split(separator: "\n").count == 1)
    }

    /// One shard server killed (SIGKILL) while a batch runs and between searches:
    /// `search` fails with one line naming it (exit 1), or with --allow-partial
    /// answers from the other shard with a note and "missing_shards"; nothing
    /// hangs; the batch goes on, and answers in full once the server is back.
    @Test func aKilledShardServerGivesOneLineOrAPartialAnswerAndARestartRecovers() throws {
        let whole = temp("corpus"), halves = [temp("a"), temp("b")]
        let paths = Fixtures.generatedCorpus(120, into: whole)
        for (i, path) in paths.enumerated() {
            Fixtures.write(try String(contentsOfFile: whole + "/" + path, encoding: .utf8), to: halves[i % 2] + "/" + path)
        }
        for (corpus, index) in [(halves[0], temp("index-a")), (halves[1], temp("index-b"))] {
            #expect(try CLI.run(["index", "build", corpus, "--index", index, "--shards", "1", "--quiet"]).status == 0)
        }
        let servers = try [ShardServerFixture(index: temp("index-a")), ShardServerFixture(index: temp("index-b"))]
        let front = temp("front")
        let federated = try CLI.run(["index", "federate", "--index", front] + servers.flatMap(\.remotes).flatMap { ["--remote", $0.description] })
        #expect(federated.status == 0, "\(federated.stderr)")
        let down = servers[1].remotes[0].description
        let search = ["search", "--index", front, "oil", "prices"]
        let full = try CLI.run(search)
        #expect(full.status == 0 && !full.stdout.isEmpty)
        #expect(full.stdout.contains("Shards built") && full.stdout.contains("of 2 shard indexes"), "\(full.stdout)")

        let status = try CLI.run(["index", "status", "--index", front])
        #expect(status.status == 0)
        #expect(status.stdout.contains("Front index over 2 remote shards (2 answer)"), "\(status.stdout)")
        #expect(status.stdout.contains("  \(down): answers, "))
        #expect(try CLI.run(["index", "status", "--index", front, "--json"]).stdout.contains("\"remotes\":[{\"answers\":true"))

        let batch = try CLI.Interactive(["search", "--index", front, "--batch", "-", "--allow-partial", "--limit", "5"])
        try batch.send("oil prices")
        let first = try #require(batch.readLine(within: 60))
        #expect(!first.contains("missing_shards"))

        servers[1].signal(SIGKILL)
        try batch.send("oil prices")
        let second = try #require(batch.readLine(within: 30), "the batch hung with a shard down")
        let missing = (try JSONSerialization.jsonObject(with: Data(second.utf8)) as? [String: Any])?["missing_shards"] as? [[String: Any]]
        #expect(missing?.compactMap { $0["shard"] as? String } == [down], "\(second)")

        let strict = try CLI.run(search, deadline: 30)
        #expect(!strict.timedOut && strict.output.seconds < 10)
        #expect(strict.output.status == 1)
        #expect(strict.output.stderr.split(separator: "\n").count == 1 && strict.output.stderr.contains(down), "\(strict.output.stderr)")
        let partial = try CLI.run(search + ["--allow-partial"], deadline: 30)
        #expect(!partial.timedOut && partial.output.status == 0 && !partial.output.stdout.isEmpty)
        #expect(partial.output.stderr.contains("search-cli: note: the remote shard \(down) does not answer ("), "\(partial.output.stderr)")
        let json = try CLI.run(search + ["--allow-partial", "--json"])
        #expect(json.status == 0 && json.stdout.contains("\"missing_shards\":[{\"reason\":"))
        let downStatus = try CLI.run(["index", "status", "--index", front])
        #expect(downStatus.status == 0 && downStatus.stdout.contains("(1 answers)"), "\(downStatus.stdout)")
        #expect(downStatus.stdout.contains("  \(down): does not answer (NetworkError"), "\(downStatus.stdout)")

        try servers[1].restart()
        try batch.send("oil prices")
        let third = try #require(batch.readLine(within: 30))
        #expect(!third.contains("missing_shards"))
        #expect(Self.ids(third) == Self.ids(first) && !Self.ids(first).isEmpty)
        // The batch is alive (no crash). It is killed, not ended by closing its stdin: the
        // restarted xapian-tcpsrv, spawned by this process, inherited the pipe's write end.
        #expect(batch.isRunning)
        let ended = batch.finish(within: 1)
        #expect(!ended.stderr.contains("error"), "\(ended.stderr)")
        let back = try CLI.run(search, deadline: 30)
        #expect(!back.timedOut && back.output.status == 0 && Self.withoutTimes(back.output.stdout) == Self.withoutTimes(full.stdout))
    }

    /// The passage ids of a search object, in order.
    static func ids(_ json: String) -> [String] {
        let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return (object?["results"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    /// Search output without its last line ("Results 6–10 of about 80"): a count
    /// collapsed per article is an estimate, which the shard split changes.
    static func withoutTimes(_ text: String) -> String {
        // The freshness line (`Index built … ago`) is the local index's own: a front has no build of its own.
        text.split(separator: "\n").filter { !$0.hasPrefix("Results") && !$0.contains(" ms") && !$0.hasPrefix("Index built") && !$0.hasPrefix("Shards built") }.joined(separator: "\n")
    }
}
