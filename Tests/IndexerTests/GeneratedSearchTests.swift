import Foundation
import Testing
import TestSupport
@testable import Indexer

/// Grouping, path filters, facets and feedback on 300 generated articles and
/// the seed: what ReutersSearchTests checks on real text, on every checkout.
@Suite struct GeneratedSearchTests {
    /// Built once per test process; removed with the run's folder.
    static let index = Result { () throws -> String in
        let root = TempFolder.runFolder + "/generated-search"
        Fixtures.generatedCorpus(300, into: root + "/corpus/news")
        Fixtures.write(Fixtures.seedText, to: root + "/corpus/seeds/seed.txt")
        try Fixtures.build(root + "/corpus", root + "/index")
        return root + "/index"
    }

    let searcher: Searcher

    init() throws {
        searcher = try Searcher(index: Self.index.get(), logger: Fixtures.quietLogger)
    }

    @Test func groupedResultsPageThroughArticles() throws {
        var request = SearchRequest(query: "oil prices", limit: 5, perArticle: 3)
        let first = try searcher.searchGrouped(request)
        request.offset = 5
        let second = try searcher.searchGrouped(request)
        #expect(first.groups.count == 5 && second.groups.count == 5)
        #expect(first.groups.map(\.rank) == [1, 2, 3, 4, 5] && second.groups.first?.rank == 6)
        #expect(Set((first.groups + second.groups).map(\.path)).count == 10)  // no article twice
        for group in first.groups {
            #expect((1...3).contains(group.hits.count))
            #expect(group.hits.allSatisfy { $0.passage.path == group.path && $0.passage.title == group.title })
        }
        #expect(first.groups.contains { $0.hits.count > 1 })
        let articles = Set(try searcher.search(SearchRequest(query: "oil prices", limit: 10_000, perArticle: 0)).hits.map(\.passage.path))
        #expect(first.estimatedArticles == articles.count)
    }

    @Test func pathFiltersByFolderAndFile() throws {
        let inSeeds = try searcher.search(SearchRequest(query: "Huawei path:seeds", limit: 50, perArticle: 0)).hits
        #expect(!inSeeds.isEmpty && inSeeds.allSatisfy { $0.passage.path == "seeds/seed.txt" })
        let notSeeds = try searcher.search(SearchRequest(query: "network -path:seeds/", limit: 50, perArticle: 0)).hits
        #expect(!notSeeds.isEmpty && notSeeds.allSatisfy { $0.passage.path.hasPrefix("news/") })
        let asia = try searcher.search(SearchRequest(query: "bank path:news/world/asia", limit: 50, perArticle: 0)).hits
        #expect(!asia.isEmpty && asia.allSatisfy { $0.passage.path.hasPrefix("news/world/asia/") })
        let world = try searcher.search(SearchRequest(query: "bank path:news/world", limit: 500, perArticle: 0)).hits
        #expect(world.count > asia.count && world.allSatisfy { $0.passage.path.hasPrefix("news/world/") })
        let one = try searcher.search(SearchRequest(query: "file:news/article-00002.txt", limit: 50, perArticle: 0)).hits
        #expect(!one.isEmpty && Set(one.map(\.passage.path)) == ["news/article-00002.txt"])
    }

    @Test func facetCountsAddUpToTheMatchCount() throws {
        var request = SearchRequest(query: "bank", limit: 3, perArticle: 0)
        request.facets = true
        let results = try searcher.search(request)
        let total = try searcher.countMatches("bank")
        #expect(total > 100)
        #expect(results.facets?.kinds.reduce(0) { $0 + $1.count } == total)
        #expect(results.facets?.kinds.count == 2)  // paragraphs and captions
        #expect(results.facets?.articles.count == 5)
    }

    @Test func wordsMatchWithVaryingScores() throws {
        for query in ["oil prices", "bank rate", "wheat OR corn", "\"pct\" AND shares"] {
            var request = SearchRequest(query: query, limit: 50, perArticle: 0)
            request.feedback = false
            let hits = try searcher.search(request).hits
            #expect(hits.count == 50, "\(query)")
            #expect(Set(hits.map { String(format: "%.4f", $0.score) }).count > 10, "\(query): scores hardly differ")
        }
        #expect(try searcher.countMatches("wheat OR corn") > searcher.countMatches("wheat AND corn"))
        #expect(try searcher.countMatches("wheat AND corn") > 0)
    }

    @Test func feedbackReordersOnlyTheTopAndPagesCutOneRanking() throws {
        var request = SearchRequest(query: "oil prices", limit: 60, perArticle: 2)
        request.feedback = false
        let plain = try searcher.search(request)
        request.feedback = true
        let whole = try searcher.search(request)
        let depth = searcher.ranking.feedbackDepth
        #expect(plain.hits.count == 60 && whole.hits.count == 60)
        #expect(whole.estimatedTotal == plain.estimatedTotal)
        // The top passages are the same ones, reordered; below them nothing moves.
        #expect(Set(whole.hits.prefix(depth).map(\.id)) == Set(plain.hits.prefix(depth).map(\.id)))
        #expect(whole.hits.prefix(depth).map(\.id) != plain.hits.prefix(depth).map(\.id))
        #expect(whole.hits.dropFirst(depth).map(\.id) == plain.hits.dropFirst(depth).map(\.id))
        // Pages of 7 put together are the one ranking.
        var pages: [String] = []
        for offset in stride(from: 0, to: 60, by: 7) {
            request.offset = offset
            request.limit = min(7, 60 - offset)
            pages += try searcher.search(request).hits.map(\.id)
        }
        #expect(pages == whole.hits.map(\.id))
        #expect(whole.hits.map(\.rank) == Array(1...60))
    }
}
