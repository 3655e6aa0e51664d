import Testing
@testable import Indexer
import TestSupport

/// Snippets: which words are marked and which stretch of a passage is shown, on
/// the seed's text (through the searcher) and on passages given directly.
@Suite struct SnippetTests {
    let temp = TempFolder()
    let index: String

    init() throws {
        index = temp("index")
        try Fixtures.build(Fixtures.seeds, index)
    }

    private func maker(_ terms: [String], wildcards: [String] = []) throws -> SnippetMaker {
        SnippetMaker(terms: terms, stemPrefix: "Z", wildcardPrefixes: wildcards, stem: try Stem(language: "english"))
    }

    @Test func everyWordOfAPhraseIsMarkedAndShown() throws {
        let top = try #require(try Fixtures.search(index, "\"wall street journal\"").hits.first)
        #expect(top.snippet.matches == ["Wall", "Street", "Journal"])
    }

    @Test func wildcardsMarkTheWordsTheyExpandTo() throws {
        let top = try #require(try Fixtures.search(index, "telecom*").hits.first)
        #expect(top.snippet.matches == ["telecommunications", "telecom"])
    }

    @Test func acronymsPossessivesAndHyphenatedWordsAreMarked() throws {
        let hits = try Fixtures.search(index, "U.S. anti-Huawei", perArticle: 0).hits
        let campaign = try #require(hits.first { $0.passage.text.contains("US's anti-Huawei campaign") })
        #expect(campaign.snippet.matches.prefix(3) == ["US's", "anti", "Huawei"])
        let iran = try #require(try Fixtures.search(index, "Iran's").hits.first)
        #expect(iran.snippet.matches == ["Iran’s"])
    }

    @Test func fieldTermsAreNotMarkedInTheText() throws {
        let top = try #require(try Fixtures.search(index, "title:rift").hits.first)
        #expect(top.snippet.matches.isEmpty)
        #expect(!top.snippet.text.isEmpty)
    }

    @Test func aShortPassageIsShownWhole() throws {
        let text = "Leaders of Israel and Iran in front of fighter jets."
        let snippet = try maker(["Zfighter", "Zjet"]).snippet(text, length: 200)
        #expect(snippet.text == text)
        #expect(snippet.matches == ["fighter", "jets"])
    }

    @Test func aLongPassageShowsTheStretchWithTheMostDistinctMatches() throws {
        let filler = String(repeating: "Nothing to see in this sentence at all. ", count: 10)
        let text = "Huawei is named once here. " + filler + "Germany weighs a Huawei decision on its 5G network. " + filler
        let snippet = try maker(["Zhuawei", "Zgermani", "Z5g"]).snippet(text, length: 120)
        #expect(snippet.matches == ["Germany", "Huawei", "5G"])
        #expect(snippet.text.hasPrefix("…Germany weighs"))
        #expect(snippet.text.hasSuffix("…"))
        #expect(snippet.text.utf8.count <= 120 + 20)
    }

    @Test func numbersKeepTheirSeparators() throws {
        let snippet = try maker(["Z1,000", "Z3.5"]).snippet("It sold 1,000 tonnes at 3.5 dlrs, up from 1.", length: 200)
        #expect(snippet.matches == ["1,000", "3.5"])
    }

    @Test func wordsAreFoundInAnyScript() throws {
        let words = try maker(["Zmünchen"]).snippet("Flüge nach München, dann Köln.", length: 200)
        #expect(words.matches == ["München"])
    }
}
