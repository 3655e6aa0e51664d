import Foundation
import Testing
import TestSupport

/// Issue 12: `/openapi.json` describes every endpoint, parameter and field
/// (written from `schemas/` by `scripts/openapi.py`), and the live server's
/// answers to generated requests — valid and invalid — match it.
@Suite(.serialized) struct ServeOpenAPITests {
    static var hasSchemathesis: Bool { Tools.which("schemathesis") != nil }

    @Test func theDocumentIsWrittenFromTheSchemas() throws {
        let out = try Tools.run("/usr/bin/env", ["python3", Fixtures.packageRoot + "/scripts/openapi.py", "--check"])
        #expect(out.status == 0, "\(out.stderr)")
    }

    @Test func theServedDocumentIsTheGeneratedOne() async throws {
        let server = try Server(index: ServeFixture.index)
        defer { server.stop() }
        let reply = try await server.get("/openapi.json")
        #expect(reply.status == 200)
        let paths = try #require(reply.json?["paths"] as? [String: Any])
        #expect(Set(paths.keys) == ["/api/search", "/api/similar", "/api/status"])
        let schemas = try #require((reply.json?["components"] as? [String: Any])?["schemas"] as? [String: Any])
        #expect(schemas["result"] != nil && schemas["SearchResults"] != nil && schemas["Error"] != nil)
    }

    @Test(.enabled(if: hasSchemathesis, "schemathesis is not installed (scripts/test.sh installs it from PyPI)"))
    func generatedRequestsGetDocumentedAnswers() throws {
        let server = try Server(index: ServeFixture.index)
        defer { server.stop() }
        let out = try Tools.run(Tools.which("schemathesis")!, [
            "run", server.base + "/openapi.json", "--checks", "all", "--max-examples", "30", "--workers", "1", "--seed", "12",
        ])
        #expect(out.status == 0, "\(out.stdout.suffix(3000))")
    }
}
