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

    /// Search output without its last line ("Results 6–10 of about 80"): a count
    /// collapsed per article is an estimate, which the shard split changes.
    static func withoutTimes(_ text: String) -> String {
        // The freshness line (`Index built … ago`) is the local index's own: a front has no build of its own.
        text.split(separator: "\n").filter { !$0.hasPrefix("Results") && !$0.contains(" ms") && !$0.hasPrefix("Index built") }.joined(separator: "\n")
    }
}
