import Foundation
import Testing
import TestSupport

/// Issue 12: `serve`'s JSON API answers with the CLI's own objects, and every
/// mistake is a 400 (or 404, 405, 413, 414) with a JSON error, never a stack
/// trace or a silently ignored value.
@Suite(.serialized) struct ServeAPITests {
    let server: Server

    init() throws { server = try Server(index: ServeFixture.index) }

    @Test func searchIsTheObjectOfSearchJSON() async throws {
        for (target, arguments) in [
            ("/api/search?q=Huawei+5G+Germany", ["Huawei 5G Germany"]),
            ("/api/search?q=oil%20prices&limit=3&per_article=1&sort=date", ["oil prices", "--limit", "3", "--per-article", "1", "--sort", "date"]),
            ("/api/search?q=harbour&group=true&limit=2", ["harbour", "--group", "--limit", "2"]),
            ("/api/search?q=harbour&facets=1&feedback=false", ["harbour", "--facets", "--no-feedback"]),
        ] {
            let reply = try await server.get(target)
            #expect(reply.status == 200, "\(target): \(reply.body)")
            #expect(reply.header("Content-Type") == "application/json; charset=utf-8")
            let cli = try CLI.run(["search", "--index", ServeFixture.index, "--json"] + arguments)
            #expect(cli.status == 0)
            let api = try #require(ServeFixture.untimed(reply.body)), own = try #require(ServeFixture.untimed(cli.stdout))
            #expect(api == own, "\(target)")
        }
        let first = try #require((try await server.get("/api/search?q=Huawei+5G+Germany").json?["results"] as? [[String: Any]])?.first)
        #expect(first["id"] as? String == "000_b7f96fcc7f242880.txt#1")
    }

    @Test func similarAndStatusAreTheCLIsObjects() async throws {
        let reply = try await server.get("/api/similar?id=000_b7f96fcc7f242880.txt%231&limit=5")
        #expect(reply.status == 200, "\(reply.body)")
        let cli = try CLI.run(["similar", "--index", ServeFixture.index, "--json", "--limit", "5", "000_b7f96fcc7f242880.txt#1"])
        #expect(ServeFixture.untimed(reply.body) == ServeFixture.untimed(cli.stdout))
        let status = try await server.get("/api/status")
        let own = try CLI.run(["index", "status", "--index", ServeFixture.index, "--json"])
        #expect(status.status == 200)
        #expect(status.json.map { $0 as NSDictionary } == (try JSONSerialization.jsonObject(with: Data(own.stdout.utf8)) as? NSDictionary))
    }

    @Test func mistakesAreJSONErrorsNamingTheParameter() async throws {
        let long = String(repeating: "a", count: 9_000)
        for (target, status, words) in [
            ("/api/search", 400, "'q'"),
            ("/api/search?q=%20%20", 400, "'q'"),
            ("/api/search?q=oil&limit=0", 400, "'limit'"),
            ("/api/search?q=oil&limit=101", 400, "1 to 100"),
            ("/api/search?q=oil&limit=4294967296", 400, "'limit'"),
            ("/api/search?q=oil&offset=-1", 400, "'offset'"),
            ("/api/search?q=oil&sort=size", 400, "relevance, date, path, path-desc"),
            ("/api/search?q=oil&group=maybe", 400, "true or false"),
            ("/api/search?q=oil&lmit=5", 400, "unknown parameter 'lmit'"),
            ("/api/search?q=oil&q=gas", 400, "more than once"),
            ("/api/search?q=%E2%28", 400, "not UTF-8"),
            ("/api/search?q=" + long, 400, "the limit is 2,048"),
            ("/api/similar?id=nowhere.txt%230", 404, "no passage nowhere.txt#0"),
            ("/api/similar", 400, "'id'"),
            ("/api/status?verbose=1", 400, "unknown parameter 'verbose'"),
            ("/nowhere", 404, "/api/search"),
            ("/api/search?q=" + String(repeating: "%41", count: 10_000), 400, "limit"),
        ] {
            let reply = try await server.get(target)
            #expect(reply.status == status, "\(target.prefix(80)): \(reply.body.prefix(300))")
            let error = try #require(reply.json?["error"] as? [String: Any], "\(target.prefix(80)): \(reply.body.prefix(300))")
            #expect(error["status"] as? Int == status)
            let message = try #require(error["message"] as? String)
            #expect(message.contains(words), "\(target.prefix(80)): \(message)")
            #expect(!message.contains("\n") && message.count < 400)
        }
        let post = try await server.get("/api/search?q=oil", method: "POST", body: Data("q=gas".utf8))
        #expect(post.status == 405 && (post.json?["error"] as? [String: Any]) != nil, "\(post.body)")
    }

    @Test func hostileTextIsEscapedJSONText() async throws {
        let reply = try await server.get("/api/search?q=Zanzibar&limit=10")
        #expect(reply.status == 200)
        let results = try #require(reply.json?["results"] as? [[String: Any]])
        let titles = results.compactMap { $0["title"] as? String }
        #expect(titles.contains(ServeFixture.hostileTitle))
        #expect(results.contains { ($0["text"] as? String) == ServeFixture.hostileCaption })
        // The snippet is the only HTML field, and its article text is escaped.
        for result in results {
            let snippet = try #require(result["snippet"] as? String)
            #expect(!snippet.contains("<script") && !snippet.contains("<img") && !snippet.contains("<iframe"), "\(snippet)")
        }
    }

    @Test func eachRequestIsOneLogLine() async throws {
        _ = try await server.get("/api/search?q=ferry")
        _ = try await server.get("/nowhere")
        try await Task.sleep(for: .milliseconds(200))
        let lines = server.logLines
        #expect(lines.contains { $0.hasPrefix("search-cli: info: GET /api/search?q=ferry 200 ") && $0.hasSuffix(" ms") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("search-cli: info: GET /nowhere 404 ") }, "\(lines)")
    }
}
