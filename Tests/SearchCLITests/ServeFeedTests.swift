import Foundation
import Testing
import TestSupport

/// `serve` answers `/feeds/NAME.atom` with the feed `watch feed NAME` prints.
@Suite struct ServeFeedTests {
    @Test func aWatchsFeedIsServedAsAtom() async throws {
        let f = try WatchFixture(articles: 6)
        let server = try Server(index: f.index)
        let reply = try await server.get("/feeds/oil.atom")
        #expect(reply.status == 200, "\(reply.body)")
        #expect(reply.header("Content-Type") == "application/atom+xml; charset=utf-8")
        let cli = try f.run(["watch", "feed", "oil"])
        #expect(cli.status == 0)
        #expect(reply.body == cli.stdout)
        #expect(reply.body.contains("<entry>"))
        for target in ["/feeds/nosuch.atom", "/feeds/oil.xml"] {
            let missing = try await server.get(target)
            #expect(missing.status == 404, "\(target): \(missing.body)")
            #expect(missing.header("Content-Type") == "application/json; charset=utf-8")
        }
    }
}
