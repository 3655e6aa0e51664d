import Foundation
import Testing
import TestSupport
@testable import Indexer

/// Spelling, synonyms, facets, grouping, similar passages, explanations and
/// sorting, through the library, on the seed.
@Suite struct SearchFeatureTests {
    let temp = TempFolder()
    let index: String
    let searcher: Searcher

    init() throws {
        index = temp("index")
        try Fixtures.build(Fixtures.seeds, index)
        searcher = try Searcher(index: index, logger: Fixtures.quietLogger)
    }

    private func request(_ query: String, _ configure: (inout SearchRequest) -> Void = { _ in }) -> SearchRequest {
        var request = SearchRequest(query: query, limit: 10, perArticle: 0)
        configure(&request)
        return request
    }

    @Test func misspellingsGetASuggestionAndCorrectSearchesIt() throws {
        let typo = try searcher.search(request("Huwaei Gemrany"))
        #expect(typo.suggestion == "huawei germany")
        #expect(typo.hits.isEmpty)
        let corrected = try searcher.search(request("Huwaei Gemrany") { $0.correctSpelling = true })
        #expect(corrected.hits.first?.passage.number == 1)
        #expect(corrected.searchedQuery == "huawei germany")
        #expect(try searcher.search(request("Huawei Germany")).suggestion == nil)
        #expect(try searcher.search(request("allowing push")).suggestion == nil)  // real words stay
    }

    @Test func tildeExpandsOneTermToItsSynonyms() throws {
        let plain = try searcher.search(request("britain"))
        #expect(plain.hits.isEmpty)
        let expanded = try searcher.search(request("~britain"))
        #expect(expanded.hits.map(\.passage.number) == [1])  // "the UK government"
        #expect(expanded.searchedQuery?.contains("\"united kingdom\"") == true)
        let all = try searcher.search(request("britain") { $0.expandSynonyms = true })
        #expect(all.hits.map(\.passage.number) == [1])
    }

    @Test func synonymsGivenAtBuildTimeAreStoredInTheIndex() throws {
        let root = temp("own")
        let synonyms = root + "/synonyms.txt"
        Fixtures.write("# ours\nHuawei, Chinese tech giant\n", to: synonyms)
        try Fixtures.build(Fixtures.seeds, root + "/index") { $0.synonyms = SynonymTable(parsing: try! String(contentsOfFile: synonyms, encoding: .utf8)) }
        let own = try Searcher(index: root + "/index", logger: Fixtures.quietLogger)
        let hits = try own.search(request("~\"chinese tech giant\"")).hits
        #expect(hits.count == 7)
        #expect(try own.search(request("~britain")).searchedQuery == nil)  // the default list was replaced
    }

    @Test func facetsCountTheWholeMatchSetNotThePage() throws {
        // "2024" is in the dates of six captions, and nowhere else.
        let results = try searcher.search(request("2024") { $0.facets = true; $0.limit = 1 })
        let facets = try #require(results.facets)
        #expect(results.hits.count == 1)
        #expect(facets.kinds.map(\.value) == ["caption"] && facets.kinds.first?.count == 6)
        #expect(facets.sections.first?.value == "More from GZERO Media")
        #expect(facets.credits.reduce(0) { $0 + $1.count } == 6)
        #expect(facets.credits.contains { $0.value == "REUTERS/Amir Cohen" && $0.count == 1 })
        #expect(facets.articles.first?.title == "A US / European Rift Over 5G?" && facets.articles.first?.count == 6)
    }

    @Test func explainSaysWhichTermsMatchedAndTheirShare() throws {
        let hit = try #require(try searcher.search(request("Huawei Germany espionage") { $0.explain = true }).hits.first)
        let terms = try #require(hit.explanation)
        // The query's terms, as the passage writes them, and the words feedback added (marked).
        #expect(Set(terms.filter { $0.feedback == nil }.map(\.term)).isSubset(of: ["huawei", "germany", "espionage"]))
        #expect(terms.contains { $0.feedback == true })
        #expect(abs(terms.reduce(0) { $0 + $1.weight } - hit.score) < 1e-6)
    }

    @Test func sortByPathFollowsReadingOrder() throws {
        let numbers = try searcher.search(request("huawei") { $0.sort = .path }).hits.map(\.passage.number)
        #expect(numbers == numbers.sorted() && numbers.count == 7)
        let reversed = try searcher.search(request("huawei") { $0.sort = .pathDescending }).hits.map(\.passage.number)
        #expect(reversed == numbers.reversed())
    }

    @Test func similarUsesRelevanceFeedbackAndLeavesTheSourceOut() throws {
        let similar = try searcher.similar(to: "000_b7f96fcc7f242880.txt#4", request: request(""))
        #expect(!similar.terms.isEmpty && similar.terms.count <= 12)
        #expect(!similar.results.hits.contains { $0.passage.number == 4 })
        #expect(!similar.results.hits.isEmpty)
        #expect(throws: SearchError.self) { try searcher.similar(to: "nope.txt#1", request: request("")) }
    }
}
