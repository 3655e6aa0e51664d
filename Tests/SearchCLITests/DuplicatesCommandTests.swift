import Foundation
import Testing
import TestSupport
@testable import Indexer

/// `search-cli duplicates` lists the stories the archive holds more than
/// once, largest first, as text and JSON, and refuses absurd numbers in one line.
struct DuplicatesCommandTests {
    let temp = TempFolder()

    /// A story three times, another twice, 20 other articles.
    func makeIndex() throws -> (corpus: String, index: String) {
        let corpus = temp("corpus")
        _ = Fixtures.generatedCorpus(20, into: corpus + "/news", seed: 4)
        let one = WireCopies.longArticle(from: 400)
        let two = WireCopies.longArticle(from: 450)
        for (i, edits) in [[], [.headline, .typos], [.droppedParagraph]].enumerated() as EnumeratedSequence<[[WireCopies.Edit]]> {
            Fixtures.write(WireCopies.copy(of: one, edits), to: corpus + "/wire/one-\(i).txt")
        }
        Fixtures.write(two, to: corpus + "/wire/two-0.txt")
        Fixtures.write(WireCopies.copy(of: two, [.dateline]), to: corpus + "/mirror/two-1.txt")
        let index = temp("index")
        let build = try CLI.run(["index", "build", corpus, "--index", index])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.contains("5 articles changed story"), "\(build.stdout)")
        return (corpus, index)
    }

    @Test func listsTheStoriesLargestFirst() throws {
        let (_, index) = try makeIndex()
        let text = try CLI.run(["duplicates", "--index", index])
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdout.split(separator: "\n").map(String.init)
        let stories = lines.filter { $0.hasPrefix("Story s") }
        #expect(stories.count == 2)
        #expect(stories.first?.hasSuffix(": 3 articles") == true, "\(stories)")
        #expect(lines.filter { $0.hasPrefix("  wire/one-") }.count == 3)
        #expect(lines.last == "2 stories held more than once, 5 articles in all (near-duplicate threshold: 0.6).")

        let big = try CLI.run(["duplicates", "--index", index, "--min-size", "3", "--json"])
        #expect(big.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(big.stdout.utf8)) as? [String: Any])
        let clusters = try #require(object["clusters"] as? [[String: Any]])
        #expect(clusters.count == 1 && object["articles"] as? Int == 3 && object["threshold"] as? String == "0.6")
        let articles = try #require(clusters.first?["articles"] as? [[String: Any]])
        #expect(articles.map { $0["article"] as? String } == ["wire/one-0.txt", "wire/one-1.txt", "wire/one-2.txt"])
        #expect(articles.allSatisfy { ($0["absolute_path"] as? String)?.hasSuffix($0["path"] as! String) == true })
        if JSONContract.isAvailable {
            #expect(try JSONContract.problems(big.stdout, schema: "duplicates") == [])
            #expect(try JSONContract.problems(try CLI.run(["duplicates", "--index", index, "--json"]).stdout, schema: "duplicates") == [])
        }
    }

    @Test func offSaysSoAndAbsurdNumbersAreOneLine() throws {
        let (corpus, index) = try makeIndex()
        let off = try CLI.run(["index", "build", corpus, "--index", index, "--dup-threshold", "off"])
        #expect(off.stdout.hasPrefix("No file changes") && off.stdout.contains("5 articles changed story"), "\(off.stdout)")
        let none = try CLI.run(["duplicates", "--index", index])
        #expect(none.stdout == "No story is held more than once (near-duplicate threshold: off).\n")
        for bad in [["--min-size", "1"], ["--min-size", "99999999999"], ["--limit", "-1"]] {
            let out = try CLI.run(["duplicates", "--index", index] + bad)
            #expect(out.status == 64 && out.stderr.split(separator: "\n").count == 1, "\(bad): \(out.stderr)")
        }
        for bad in ["0.1", "2", "nan", "yes"] {
            let out = try CLI.run(["index", "build", corpus, "--index", index, "--dup-threshold", bad])
            #expect(out.status == 64 && out.stderr.contains("--dup-threshold must be off or a similarity from 0.3 to 1"), "\(bad): \(out.stderr)")
        }
        let missing = try CLI.run(["duplicates", "--index", temp("nothing")])
        #expect(missing.status == 66)
    }
}
