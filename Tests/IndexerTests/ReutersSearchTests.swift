import Foundation
import Testing
import TestSupport
@testable import Indexer

/// Grouping, path filters, facets and Reuters-style names on real news text.
@Suite(.enabled(if: Fixtures.hasCorpora, "needs ../shared/corpora"))
struct ReutersSearchTests {
    let temp = TempFolder()
    let index: String
    let searcher: Searcher

    init() throws {
        let root = temp.path
        #expect(Fixtures.reutersSubset(300, into: root + "/corpus/reuters"))
        try FileManager.default.createDirectory(atPath: root + "/corpus/seeds", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.seedFile, toPath: root + "/corpus/seeds/seed.txt")
        index = root + "/index"
        try Fixtures.build(root + "/corpus", index)
        searcher = try Searcher(index: index, logger: Fixtures.quietLogger)
    }

    @Test func groupedResultsPageThroughArticles() throws {
        var request = SearchRequest(query: "oil prices", limit: 5, perArticle: 3)
        let first = try searcher.searchGrouped(request)
        request.offset = 5
        let second = try searcher.searchGrouped(request)
        #expect(first.groups.count == 5 && second.groups.count == 5)
        #expect(first.groups.map(\.rank) == [1, 2, 3, 4, 5] && second.groups.first?.rank == 6)
        let paths = (first.groups + second.groups).map(\.path)
        #expect(Set(paths).count == 10)  // no article twice
        for group in first.groups {
            #expect((1...3).contains(group.hits.count))
            #expect(group.hits.allSatisfy { $0.passage.path == group.path && $0.passage.title == group.title })
        }
        let articles = Set(try searcher.search(SearchRequest(query: "oil prices", limit: 10_000, perArticle: 0)).hits.map(\.passage.path))
        #expect(first.estimatedArticles == articles.count)
    }

    @Test func pathFiltersByFolderAndFile() throws {
        let inSeeds = try searcher.search(SearchRequest(query: "network path:seeds", limit: 50, perArticle: 0)).hits
        #expect(!inSeeds.isEmpty && inSeeds.allSatisfy { $0.passage.path == "seeds/seed.txt" })
        let notSeeds = try searcher.search(SearchRequest(query: "network -path:seeds/", limit: 50, perArticle: 0)).hits
        #expect(!notSeeds.isEmpty && notSeeds.allSatisfy { $0.passage.path.hasPrefix("reuters/") })
        let one = try searcher.search(SearchRequest(query: "file:reuters/reut-00002.txt", limit: 50, perArticle: 0)).hits
        #expect(Set(one.map(\.passage.path)) == ["reuters/reut-00002.txt"])
    }

    @Test func facetCountsAddUpToTheMatchCount() throws {
        var request = SearchRequest(query: "bank", limit: 3, perArticle: 0)
        request.facets = true
        let results = try searcher.search(request)
        let total = try searcher.countMatches("bank")
        #expect(results.facets?.kinds.reduce(0) { $0 + $1.count } == total)
        #expect(results.facets?.articles.count == 5)
    }

    @Test func abbreviationsMatchTheWayTheyAreWritten() throws {
        let us = try searcher.search(SearchRequest(query: "\"U.S. Treasury\"", limit: 5, perArticle: 0)).hits
        // "U.S." is one word, "us"; Treasury matches Treasuries through its stem.
        #expect(!us.isEmpty && us.allSatisfy { $0.passage.text.contains("U.S.") && $0.passage.text.contains("Treasur") })
        let dlrs = try searcher.search(SearchRequest(query: "mln dlrs", limit: 1)).hits
        #expect(dlrs.first?.snippet.matches.contains { $0.lowercased() == "mln" } == true)
    }

    @Test func similarOnReutersFindsRelatedArticles() throws {
        let similar = try searcher.similar(to: "reuters/reut-00002.txt#1", request: SearchRequest(query: "", limit: 5, perArticle: 1))
        // Words as the passage writes them ("Standard"), not stems.
        #expect(similar.terms.contains("Standard"))
        #expect(similar.results.hits.count == 5)
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
