import Foundation
import Testing
import TestSupport
@testable import Indexer

/// A corpus of generated articles before and after a round of edits, the
/// index of the first (`start`) and a clean build of the second (`golden`):
/// what the failure tests start from and must end at.
struct BuildFixture {
    let folder = TempFolder()
    var corpus: String { folder("corpus") }
    var golden: String { folder("golden") }
    var start: String { folder("start") }

    static let queries = ["oil prices", "bank rate", "wheat OR corn", "minister", "\"central bank\"", "reuters kind:caption", "credit:getty"]

    /// 60 articles and one story four times indexed; then 3 articles
    /// changed, 2 removed, 12 added, one copy of the story rewritten as
    /// another, one removed and one added (its story's cluster changes).
    init(shards: Int = 2) throws {
        let fm = FileManager.default
        let names = Fixtures.generatedCorpus(60, into: corpus)
        let story = WireCopies.longArticle(ArticleGenerator(seed: 3), from: 500)
        for (i, edits) in [[], [.headline], [.typos], [.droppedParagraph]].enumerated() as EnumeratedSequence<[[WireCopies.Edit]]> {
            Fixtures.write(WireCopies.copy(of: story, edits), to: corpus + "/wire/copy-\(i).txt")
        }
        try CLI.expectSuccess(["index", "build", corpus, "--index", start, "--shards", String(shards)])
        for name in names.prefix(3) {
            let path = corpus + "/" + name
            try (String(contentsOfFile: path, encoding: .utf8) + "\nAn added paragraph about oil prices and the central bank.\n")
                .write(toFile: path, atomically: false, encoding: .utf8)
        }
        for name in names[3..<5] { try fm.removeItem(atPath: corpus + "/" + name) }
        let generator = ArticleGenerator(seed: 2)
        for i in 0..<12 { Fixtures.write(generator.article(i), to: corpus + "/added/new-\(i).txt") }
        Fixtures.write(generator.article(99), to: corpus + "/wire/copy-3.txt")
        try fm.removeItem(atPath: corpus + "/wire/copy-2.txt")
        Fixtures.write(WireCopies.copy(of: story, [.dateline, .reordered]), to: corpus + "/added/copy-4.txt")
        try CLI.expectSuccess(["index", "build", corpus, "--index", golden, "--shards", String(shards)])
        let stories = try Searcher(index: golden, logger: Fixtures.quietLogger).duplicates()
        #expect(stories.map { $0.articles.map(\.article) } == [["added/copy-4.txt", "wire/copy-0.txt", "wire/copy-1.txt"]])
    }

    /// A copy of `start` at `name`, to build into.
    func copyOfStart(_ name: String) throws -> String {
        let index = folder(name)
        try? FileManager.default.removeItem(atPath: index)
        try FileManager.default.copyItem(atPath: start, toPath: index)
        return index
    }

    /// Everything a user can observe: counts, every passage id, and the
    /// scores of every match of each query.
    static func fingerprint(_ index: String, queries: [String] = queries) throws -> [String] {
        let status = try IndexStatus.load(index: index)
        var lines = ["files \(status.files) passages \(status.passages) captions \(status.captions) documents \(status.documents)"]
        let searcher = try Searcher(index: index, logger: Fixtures.quietLogger)
        let all = try searcher.search(Self.everyPassage)
        lines.append("ids " + all.hits.map(\.id).sorted().joined(separator: " "))
        // The story clusters, ids and members.
        lines += try searcher.duplicates().map { "story \($0.id): " + $0.articles.map(\.article).joined(separator: " ") }
        for query in queries {
            // Every match, without feedback: among equal scores (all of kind:caption's
            // are 0) which come first depends on document ids, that is on the
            // history, and so would a cut at 10 and feedback's terms, taken
            // from the top passages. Scores may not depend on it.
            var request = SearchRequest(query: query, limit: 100_000, perArticle: 0)
            request.duplicates = .show
            request.feedback = false
            let hits = try searcher.search(request).hits
            lines.append(query + ": " + hits.map { String(format: "%.6f", $0.score) }.joined(separator: " "))
            lines.append(query + " ids: " + hits.map { "\($0.id)@\(String(format: "%.6f", $0.score))" }.sorted().joined(separator: " "))
        }
        return lines
    }

    /// Every passage, near-identical copies too.
    static var everyPassage: SearchRequest {
        var request = SearchRequest(query: "kind:paragraph OR kind:caption", limit: 100_000, perArticle: 0)
        request.duplicates = .show
        return request
    }

    /// The invariants of any committed state: every passage once, and as
    /// many documents as the file records account for.
    static func checkConsistent(_ index: String, _ comment: Comment) throws {
        let status = try IndexStatus.load(index: index)
        #expect(status.documents == status.passages, comment)
        let all = try Searcher(index: index, logger: Fixtures.quietLogger)
            .search(everyPassage)
        #expect(Set(all.hits.map(\.id)).count == all.hits.count, comment)
        #expect(all.hits.count == status.passages, comment)
    }
}

extension CLI {
    /// Runs search-cli and expects exit 0.
    @discardableResult
    static func expectSuccess(_ arguments: [String], environment: [String: String] = [:]) throws -> Output {
        let out = try run(arguments, environment: environment)
        #expect(out.status == 0, "\(arguments): \(out.stderr)")
        return out
    }
}
