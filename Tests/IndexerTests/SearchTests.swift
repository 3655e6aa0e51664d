import Testing
@testable import Indexer
import TestSupport

/// Build the seed, then search it through the library.
@Suite struct SearchTests {
    let temp = TempFolder()
    let index: String

    init() throws {
        index = temp("index")
        try Fixtures.build(Fixtures.seeds, index)
    }

    @Test func huaweiGermanyFindsTheWallStreetJournalParagraphFirst() throws {
        let results = try Fixtures.search(index, "Huawei 5G Germany")
        let top = try #require(results.hits.first)
        #expect(top.passage.kind == .paragraph)
        #expect(top.passage.text.contains("The Wall Street Journal reported that Germany was leaning towards allowing"))
        #expect(top.passage.title == "A US / European Rift Over 5G?")
        #expect(top.id == "000_b7f96fcc7f242880.txt#1")
        #expect(Set(top.snippet.matches.map { $0.lowercased() }) == ["huawei", "germany", "5g"])
    }

    @Test func stemmedWordsAreHighlighted() throws {
        let results = try Fixtures.search(index, "banning", perArticle: 0)
        let hit = try #require(results.hits.first { $0.passage.text.contains("reluctant to ban Huawei") })
        #expect(hit.snippet.matches.contains("ban"))
    }

    @Test func captionWordsReturnTheCaptionWithItsCredit() throws {
        let top = try #require(try Fixtures.search(index, "fighter jets").hits.first)
        #expect(top.passage.kind == .caption)
        #expect(top.passage.credit == "Jess Frampton")
        #expect(top.passage.section == "More from GZERO Media")
    }

    @Test func atMostTwoPassagesPerArticleByDefault() throws {
        #expect(try Fixtures.search(index, "Huawei").hits.count == 2)
        #expect(try Fixtures.search(index, "Huawei", perArticle: 0).hits.count == 7)
        #expect(try Fixtures.search(index, "Huawei", perArticle: 3).hits.count == 3)
    }

    @Test func phraseQueriesMatchOnlyTheExactPhrase() throws {
        let hits = try Fixtures.search(index, "\"Wall Street Journal\"", perArticle: 0).hits
        #expect(hits.count == 1)
        #expect(try Fixtures.search(index, "\"Journal Street\"", perArticle: 0).hits.isEmpty)
    }

    @Test func booleanOperatorsAndLoveHate() throws {
        let and = try Fixtures.search(index, "Huawei AND espionage", perArticle: 0).hits
        #expect(and.count == 1 && and[0].passage.text.contains("espionage"))
        let not = try Fixtures.search(index, "Huawei NOT espionage", perArticle: 0).hits
        #expect(not.count == 6)
        let hate = try Fixtures.search(index, "Huawei -espionage", perArticle: 0).hits
        #expect(hate.map(\.id) == not.map(\.id))
        let brackets = try Fixtures.search(index, "(Sudan OR Haiti) AND kind:caption", perArticle: 0).hits
        #expect(brackets.count == 2 && brackets.allSatisfy { $0.passage.kind == .caption })
    }

    @Test func aSyntaxErrorFallsBackToPlainWords() throws {
        let results = try Fixtures.search(index, "Huawei AND")
        #expect(results.syntaxError != nil)
        #expect(!results.hits.isEmpty)
    }

    @Test func offsetPagesThroughResults() throws {
        let all = try Fixtures.search(index, "Huawei", limit: 10, perArticle: 0).hits.map(\.id)
        let page = try Searcher(index: index, logger: Fixtures.quietLogger)
            .search(SearchRequest(query: "Huawei", limit: 3, offset: 3, perArticle: 0))
        #expect(page.hits.map(\.id) == Array(all[3..<6]))
        #expect(page.hits.first?.rank == 4)
    }

    @Test func emptyQueryAndMissingIndexAreErrors() {
        #expect(throws: SearchError.self) { try Fixtures.search(index, "   ") }
        #expect(throws: SearchError.self) { try Searcher(index: temp("none"), logger: Fixtures.quietLogger) }
    }

    @Test func stopwordsAreLeftOutOfQueriesButNotOfPhrases() throws {
        let top = try #require(try Fixtures.search(index, "the Huawei of 5G and Germany").hits.first)
        #expect(top.id == "000_b7f96fcc7f242880.txt#1")
        #expect(Set(top.snippet.matches.map { $0.lowercased() }) == ["huawei", "germany", "5g"])
        #expect(try Fixtures.search(index, "\"the Chinese group\"").hits.count == 1)
    }

    @Test func feedbackReordersButNeverAddsMatches() throws {
        let searcher = try Searcher(index: index, logger: Fixtures.quietLogger, ranking: .standard)
        for query in ["Huawei", "Huawei network", "China OR Huawei"] {
            var request = SearchRequest(query: query, limit: 100, perArticle: 0)
            request.feedback = false
            let plain = try searcher.search(request)
            request.feedback = true
            let expanded = try searcher.search(request)
            #expect(Set(plain.hits.map(\.id)) == Set(expanded.hits.map(\.id)))
            // The feedback terms add weight: the scores are not those of the plain query.
            #expect(plain.hits.map(\.score) != expanded.hits.map(\.score))
        }
    }
}
