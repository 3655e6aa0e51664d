import Foundation
import Testing
import TestSupport
@testable import Indexer

/// A generated corpus indexed in two shards, with two watches, and what a
/// test needs to read their reports.
struct WatchFixture {
    let folder = TempFolder()
    var corpus: String { folder("corpus") }
    var index: String { folder("index") }
    static let watches = [("oil", "oil"), ("banks", "bank kind:paragraph")]

    init(articles: Int = 30) throws {
        Fixtures.generatedCorpus(articles, into: corpus)
        try CLI.expectSuccess(["index", "build", corpus, "--index", index, "--shards", "2"])
        for (name, query) in Self.watches { try CLI.expectSuccess(["watch", "add", name, query, "--index", index]) }
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CLI.Output {
        try CLI.run(arguments + ["--index", index], environment: environment)
    }

    /// Every passage the query matches now, by id.
    func matches(_ query: String) throws -> [SearchHit] {
        var request = SearchRequest(query: query, limit: 100_000, perArticle: 0)
        request.feedback = false
        return try Searcher(index: index, logger: Fixtures.quietLogger).search(request).hits
    }

    /// The ids `watch check --json` reported, per watch name.
    static func reported(json: String) throws -> [String: [String]] {
        var out: [String: [String]] = [:]
        for line in json.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let results = try #require(object["results"] as? [[String: Any]])
            out[try #require(object["name"] as? String)] = results.compactMap { $0["id"] as? String }
        }
        return out
    }

    /// The ids in the text report of `watch check` or `index build --watch`, per watch.
    static func reported(text: String) -> [String: [String]] {
        var out: [String: [String]] = [:]
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("== ") {
                let name = String(line.dropFirst(3).prefix { $0 != ":" })
                current = name
                out[name] = []
            } else if let current, line.hasPrefix("   "), !line.hasPrefix("    "),
                      let id = line.dropFirst(3).split(separator: " ").first, id.contains("#") {
                out[current]!.append(String(id))
            }
        }
        return out
    }
}
