import Foundation
import Testing
@testable import Indexer
import TestSupport

/// Queries made only of filters (`kind:paragraph`, `format:text`) after an
/// incremental build. A changed or removed file leaves a gap in its shard's
/// document ids; a filter term that every passage of a shard has then made
/// Xapian 1.4.22 fail with "Unexpected end of posting list" once the match
/// read past the first chunk of the shard's posting lists (about a thousand
/// passages), as a sharded index always does for a filter-only query.
@Suite struct FilterOnlyQueryTests {
    static let articles = 400
    static let paragraphsPerArticle = 6
    /// Every tenth article has one paragraph about cocoa.
    static let cocoaArticles = articles / 10

    let corpus: String
    let index: String

    init() throws {
        let dir = Fixtures.tempDir()
        corpus = dir + "/corpus"
        index = dir + "/index"
        for n in 0..<Self.articles { Fixtures.write(Self.article(n), to: corpus + "/" + Self.name(n)) }
    }

    static func name(_ n: Int) -> String { String(format: "art-%04d.txt", n) }

    static func article(_ n: Int) -> String {
        var blocks = ["ARTICLE NUMBER \(n) ABOUT TRADE"]
        for p in 0..<paragraphsPerArticle {
            let topic = p == 0 && n % 10 == 0 ? "cocoa" : "wheat"
            blocks.append("Paragraph \(p) of article \(n) reports \(topic) shipments rose word\(n)x\(p) this week.")
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The exact number of passages `query` matches (facets count them all).
    private func count(_ query: String) throws -> Int {
        var request = SearchRequest(query: query, limit: 10, perArticle: 0)
        request.facets = true
        request.feedback = false
        return try Searcher(index: index, logger: Fixtures.quietLogger).search(request).estimatedTotal
    }

    /// A full build, then an incremental one that changes two files and removes one.
    private func buildTwice(shards: Int) throws -> Int {
        try Fixtures.build(corpus, index) { $0.shards = shards }
        for n in [3, 250] {
            let path = corpus + "/" + Self.name(n)
            try (String(contentsOfFile: path, encoding: .utf8) + "\nA late paragraph about barley.\n")
                .write(toFile: path, atomically: false, encoding: .utf8)
        }
        try FileManager.default.removeItem(atPath: corpus + "/" + Self.name(7))
        let summary = try Fixtures.build(corpus, index)
        #expect(summary.changed == 2 && summary.removed == 1)
        #expect(summary.passages == (Self.articles - 1) * Self.paragraphsPerArticle + 2)
        return summary.passages
    }

    @Test(arguments: [1, 2])
    func filterOnlyQueriesCountEveryPassageAfterAnIncrementalBuild(shards: Int) throws {
        let passages = try buildTwice(shards: shards)
        let cocoa = try count("cocoa")
        #expect(cocoa == Self.cocoaArticles)
        #expect(try count("kind:paragraph") == passages)
        #expect(try count("format:text") == passages)
        #expect(try count("+kind:paragraph") == passages)
        #expect(try count("kind:paragraph format:text") == passages)
        #expect(try count("kind:paragraph OR kind:caption") == passages)
        #expect(try count("kind:paragraph NOT cocoa") == passages - cocoa)
        #expect(try count("kind:caption") == 0)
    }

    @Test func filtersLeaveOrdinaryResultsAsTheyWere() throws {
        _ = try buildTwice(shards: 2)
        let plain = try Fixtures.search(index, "cocoa shipments", limit: 20, perArticle: 0).hits
        let filtered = try Fixtures.search(index, "cocoa shipments kind:paragraph format:text", limit: 20, perArticle: 0).hits
        #expect(plain.count == 20)
        #expect(filtered.map(\.docid) == plain.map(\.docid))
        #expect(filtered.map(\.score) == plain.map(\.score))
        let file = try Fixtures.search(index, "barley path:\(Self.name(250))", perArticle: 0).hits
        #expect(file.map(\.passage.path) == [Self.name(250)])
    }
}
