import Foundation
import Testing
import TestSupport
@testable import Indexer

/// `similar` on the seed index (one article): it searches words that occur in
/// other passages, shows them as the passage writes them, and marks no stopwords.
@Suite struct SimilarSeedTests {
    let temp = TempFolder()
    var index: String { temp("index") }

    init() throws {
        let out = try CLI.run(["index", "build", Fixtures.seeds, "--index", temp("index")])
        #expect(out.status == 0, "\(out.stderr)")
    }

    @Test(arguments: 0..<4)
    func findsOtherPassagesWithWordsAsWritten(passage: Int) throws {
        let id = "000_b7f96fcc7f242880.txt#\(passage)"
        let out = try CLI.run(["similar", id, "--index", index, "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let results = try #require(json["results"] as? [[String: Any]])
        #expect(!results.isEmpty, "\(id): \(json["terms"] ?? "")")
        #expect(!results.contains { $0["id"] as? String == id })
        let source = try #require((json["source"] as? [String: Any]))
        #expect(source["id"] as? String == id)
        let text = try #require(results.isEmpty ? nil : try passageText(id))
        let sourceWords = Set(text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init))
        let terms = try #require(json["terms"] as? [String])
        #expect(!terms.isEmpty)
        let stopwords = Set(Ranking.englishStopwords)
        for term in terms {
            #expect(sourceWords.contains(term), "\(term) is not a word of \(id)")
            #expect(!stopwords.contains(term.lowercased()), "\(term) is a stopword")
        }
        #expect(json["searched_query"] as? String == terms.joined(separator: " "))
        for result in results {
            for match in result["matches"] as? [String] ?? [] {
                #expect(!stopwords.contains(match.lowercased()), "\(match) marked in \(result["id"] ?? "")")
            }
        }
    }

    @Test func textSaysTheWordsAsThePassageWritesThem() throws {
        let out = try CLI.run(["similar", "000_b7f96fcc7f242880.txt#1", "--index", index])
        #expect(out.status == 0, "\(out.stderr)")
        let searched = try #require(out.stdout.split(separator: "\n").first { $0.hasPrefix("Searched for: ") })
        let words = Set(try passageText("000_b7f96fcc7f242880.txt#1").split(whereSeparator: { !($0.isLetter || $0.isNumber) }))
        let shown = searched.dropFirst("Searched for: ".count).split(separator: " ")
        #expect(!shown.isEmpty && shown.allSatisfy { words.contains($0) }, "\(searched)")
        #expect(shown.contains("Huawei") && shown.contains("using"), "\(searched)")
        #expect(out.stdout.contains("Results 1–"), "\(out.stdout)")
    }

    private func passageText(_ id: String) throws -> String {
        let out = try CLI.run(["search", "kind:paragraph", "--index", index, "--per-article", "0", "-l", "50", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let results = try #require(json["results"] as? [[String: Any]])
        return try #require(results.first { $0["id"] as? String == id }?["text"] as? String)
    }
}
