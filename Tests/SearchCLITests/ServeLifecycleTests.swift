import Foundation
import Synchronization
import Testing
import TestSupport

/// Issue 12: `serve` starts only on an index that opens (the CLI's messages
/// and exit codes), stops cleanly on SIGTERM and SIGINT, and sees each new
/// build, incremental or `--full`, without a restart and without one failed
/// request while builds run.
@Suite(.serialized) struct ServeLifecycleTests {
    @Test func aMissingIndexOrABusyPortIsOneLine() throws {
        let temp = TempFolder()
        let missing = try CLI.run(["serve", "--index", temp("none"), "--port", "0"])
        #expect(missing.status == 66)
        #expect(missing.stderr.hasPrefix("search-cli: error: ") && missing.stderr.split(separator: "\n").count == 1, "\(missing.stderr)")

        let server = try Server(index: ServeFixture.index)
        defer { server.stop() }
        let port = String(server.base.split(separator: ":").last!)
        let busy = try CLI.run(["serve", "--index", ServeFixture.index, "--port", port])
        #expect(busy.status == 69, "\(busy.stderr)")
        #expect(busy.stderr == "search-cli: error: cannot serve on 127.0.0.1:\(port): the address is already in use\n")
        let badPort = try CLI.run(["serve", "--index", ServeFixture.index, "--port", "70000"])
        #expect(badPort.status == 64)
    }

    @Test(arguments: [15, 2]) func aSignalStopsItCleanly(signal: Int32) async throws {
        let server = try Server(index: ServeFixture.index)
        #expect(try await server.get("/api/search?q=ferry").status == 200)
        kill(server.pid, signal)
        let deadline = Date().addingTimeInterval(20)
        while server.exitStatus == nil, Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        #expect(server.exitStatus == 0)
    }

    @Test func newBuildsAreSeenWithoutARestartOrAFailedRequest() async throws {
        let temp = TempFolder()
        Fixtures.generatedCorpus(40, into: temp("corpus"))
        #expect(try CLI.run(["index", "build", temp("corpus"), "--index", temp("index")]).status == 0)
        let server = try Server(index: temp("index"), extra: ["--threads", "2"])
        defer { server.stop() }
        #expect(try await count(server, "quokka") == 0)

        // Searches all along, while builds run: none may fail.
        let base = server.base
        let done = StopFlag()
        // (Not Task cancellation: URLSession's async data(for:) on Linux may
        // never return once its task is cancelled.)
        let hammer = Task { () -> (requests: Int, failures: [String]) in
            var requests = 0, failures: [String] = []
            while !done.isSet {
                for query in ["harbour", "council+vote", "quokka", "minister*"] {
                    requests += 1
                    do {
                        let reply = try await Server.get(base + "/api/search?q=\(query)&limit=5")
                        if reply.status != 200 { failures.append("\(reply.status) \(reply.body.prefix(200))") }
                    } catch {
                        failures.append("\(error)")
                    }
                }
            }
            return (requests, failures)
        }
        for round in 1...3 {
            Fixtures.write("Quokka census \(round)\n\nRangers counted quokka number \(round) on the island.\n", to: temp("corpus/quokka-\(round).txt"))
            #expect(try CLI.run(["index", "build", temp("corpus"), "--index", temp("index")]).status == 0)
            #expect(try await count(server, "quokka") == round, "after incremental build \(round)")
        }
        #expect(try CLI.run(["index", "build", temp("corpus"), "--index", temp("index"), "--full"]).status == 0)
        #expect(try await count(server, "quokka") == 3, "after --full")
        try? FileManager.default.removeItem(atPath: temp("corpus/quokka-1.txt"))
        #expect(try CLI.run(["index", "build", temp("corpus"), "--index", temp("index")]).status == 0)
        #expect(try await count(server, "quokka") == 2, "after a removal")
        done.set()
        let (requests, failures) = await hammer.value
        #expect(requests >= 4)
        #expect(failures.isEmpty, "\(failures.count) of \(requests) failed: \(failures.prefix(3))")
    }

    private final class StopFlag: Sendable {
        private let flag = Atomic<Bool>(false)
        var isSet: Bool { flag.load(ordering: .relaxed) }
        func set() { flag.store(true, ordering: .relaxed) }
    }

    private func count(_ server: Server, _ word: String) async throws -> Int {
        let reply = try await server.get("/api/search?q=\(word)&limit=100&per_article=0")
        #expect(reply.status == 200, "\(reply.body)")
        return (reply.json?["results"] as? [Any])?.count ?? -1
    }
}
