import Foundation
import Testing
import TestSupport

/// `serve` folds copies as `search` does: `/api/search` takes
/// `duplicates=collapse|show`, and the page says "+N near-identical copies".
@Suite(.serialized) struct ServeDuplicateTests {
    let server: Server

    init() throws { server = try Server(index: StoryCorpus.index) }

    private func results(_ target: String) async throws -> [[String: Any]] {
        let reply = try await server.get(target)
        #expect(reply.status == 200, "\(target): \(reply.body)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(reply.body.utf8)) as? [String: Any])
        return object["results"] as? [[String: Any]] ?? []
    }

    @Test func theAPIFoldsByDefaultAndShowsEveryCopyOnRequest() async throws {
        let folded = try await results("/api/search?q=\(StoryCorpus.storyWord)&per_article=1")
        #expect(folded.count == 1)
        #expect((folded.first?["duplicates"] as? [String: Any])?["count"] as? Int == 4, "\(folded)")
        let shown = try await results("/api/search?q=\(StoryCorpus.storyWord)&per_article=1&duplicates=show")
        #expect(shown.count == 5 && shown.allSatisfy { $0["story"] is String })
        let bad = try await server.get("/api/search?q=x&duplicates=fold")
        #expect(bad.status == 400 && bad.body.contains("duplicates"), "\(bad.body)")
    }

    @Test func thePageSaysHowManyCopiesWereFolded() async throws {
        let page = try await server.get("/?q=\(StoryCorpus.storyWord)")
        #expect(page.status == 200)
        #expect(page.body.contains(">+4 near-identical copies</p>"), "\(page.body)")
        #expect(page.body.components(separatedBy: "<article class=\"hit\"").count == 2, "one hit: the story's best passage")
        let caption = try await server.get("/?q=\(StoryCorpus.captionWord)")
        #expect(caption.body.contains(">+2 near-identical copies</p>"))
    }
}
