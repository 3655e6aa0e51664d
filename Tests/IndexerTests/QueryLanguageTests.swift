import Foundation
import Testing
import TestSupport
@testable import Indexer

/// The query language on the seed: fields, operators, wildcards and the
/// way names and hyphenated words match.
@Suite struct QueryLanguageTests {
    let temp = TempFolder()
    let index: String

    init() throws {
        index = temp("index")
        try Fixtures.build(Fixtures.seeds, index)
    }

    private func ids(_ query: String) throws -> [Int] {
        try Fixtures.search(index, query, limit: 50, perArticle: 0).hits.map(\.passage.number)
    }

    @Test func captionFieldMatchesCaptionWordsOnly() throws {
        #expect(try ids("caption:soldiers") == [22])
        #expect(try ids("caption:huawei").isEmpty)  // Huawei is only in paragraphs
    }

    @Test func creditFieldMatchesAgenciesAndPhotographers() throws {
        #expect(Set(try ids("credit:reuters")) == [8, 10, 12, 16, 18, 20, 22])
        #expect(try ids("credit:\"jess frampton\"") == [14])
        #expect(try ids("credit:frampton") == [14])
    }

    @Test func sectionAndKindFilter() throws {
        #expect(try ids("kind:caption").count == 8)
        #expect(try ids("section:gzero").count == 16)
        #expect(Set(try ids("huawei kind:paragraph")) == Set(0...6))
    }

    @Test func titleFieldMatchesTheArticleTitle() throws {
        #expect(try ids("title:rift").count == 23)
        #expect(try ids("title:\"european rift\"").count == 23)
        #expect(try ids("title:huawei").isEmpty)
    }

    @Test func nearAndAdjacent() throws {
        #expect(try ids("huawei NEAR/3 ban") == [2])   // "reluctant to ban Huawei"
        #expect(try ids("ban ADJ/2 huawei") == [2])
        #expect(try ids("huawei ADJ/2 ban").isEmpty)  // ADJ keeps the order
    }

    @Test func trailingWildcardsExpandOverStems() throws {
        #expect(try ids("telecom*") == [4])            // "telecommunications", "telecom"
        #expect(try ids("espion*") == [3])
        #expect(try ids("title:rif*").count == 23)
    }

    @Test func hyphenatedWordsAndNames() throws {
        #expect(Set(try ids("anti-Huawei")) == [1, 4])  // "anti-Huawei push", "anti-Huawei campaign"
        #expect(try ids("\"anti Huawei\"").count == 2)
        #expect(try ids("trans-atlantic") == [0])
        #expect(try ids("Port-au-Prince") == [8])
        let fiveG = try Fixtures.search(index, "5G networks", limit: 1, perArticle: 0).hits.first
        #expect(fiveG?.snippet.matches.contains("5G") == true)
    }

    @Test func possessivesMatchTheirNoun() throws {
        #expect(Set(try ids("\"US's anti-Huawei\"")) == [1, 4])  // "the US's anti-Huawei", "the US anti-Huawei"
        #expect(try ids("Iran's attack").first == 23)   // "in the wake of Iran's attack"
        #expect(try ids("Modi's road show").first == 16)
    }

    @Test func plusMinusAndBrackets() throws {
        #expect(try ids("+huawei +espionage") == [3])
        #expect(Set(try ids("(gang OR drones) -kind:paragraph")) == [8])
    }
}
