import Foundation
import Testing
import TestSupport
@testable import Indexer

/// The copies of a shown story are counted over the whole match set, not
/// from how deep the ranking was fetched: in path order, the story's first
/// copy comes first and its other four last, behind some 40 generated
/// articles, past the first fetch of a page of one.
@Suite struct StoryCopiesDepthTests {
    let temp = TempFolder()
    let searcher: Searcher

    init() throws {
        let corpus = temp("corpus")
        let generator = ArticleGenerator(seed: 7)
        generator.writeCorpus(count: 40, into: corpus)
        let original = ArticleGenerator.inserting("Officials at the Quorvane consortium said nothing more.",
                                                  into: WireCopies.longArticle(generator, from: 500))
        let edits: [[WireCopies.Edit]] = [[], [.headline], [.droppedParagraph], [.dateline], [.typos]]
        for (n, edit) in edits.enumerated() {
            Fixtures.write(WireCopies.copy(of: original, edit, seed: UInt64(n)), to: corpus + (n == 0 ? "/a-first.txt" : "/zz/copy-\(n).txt"))
        }
        try Fixtures.build(corpus, temp("index"))
        searcher = try Searcher(index: temp("index"), logger: Fixtures.quietLogger)
    }

    @Test func copiesBeyondTheFetchedDepthAreCounted() throws {
        var request = SearchRequest(query: "said OR quorvane", limit: 1, perArticle: 1)
        request.sort = .path
        var shown = request
        shown.duplicates = .show
        shown.limit = 100
        let all = try searcher.search(shown).hits.map(\.passage.path)
        // Deeper than a page of one fetches first (twice its end, and 10).
        #expect(all.first == "a-first.txt" && (all.firstIndex(of: "zz/copy-1.txt") ?? 0) > 12, "\(all)")
        let first = try #require(try searcher.search(request).hits.first)
        #expect(first.passage.path == "a-first.txt")
        #expect(first.duplicates?.count == 4, "\(String(describing: first.duplicates))")
        #expect(Set(first.duplicates?.ids.map { $0.split(separator: "#")[0] } ?? []) == Set((1...4).map { "zz/copy-\($0).txt" }))
        // And folding walks that deep: no page shows a copy.
        request.limit = 100
        let folded = try searcher.search(request).hits.map(\.passage.path)
        #expect(folded == all.filter { !$0.hasPrefix("zz/") }, "\(folded)")
    }

    @Test func aPageBehindManyFoldedCopiesFetchesDeeper() throws {
        // Twenty copies first in path order: a page of one from offset 1 ends at 2,
        // first fetched 14 deep, where only the story's head is kept.
        let corpus = temp("many")
        let generator = ArticleGenerator(seed: 7)
        let original = ArticleGenerator.inserting("Officials at the Quorvane consortium said nothing more.",
                                                  into: WireCopies.longArticle(generator, from: 500))
        for n in 0..<20 { Fixtures.write(WireCopies.copy(of: original, n % 2 == 0 ? [.typos] : [.headline]), to: corpus + "/a/copy-\(n + 10).txt") }
        for n in 1...3 {
            Fixtures.write(ArticleGenerator.inserting("Quorvane was not reached.", into: generator.article(700 + n)), to: corpus + "/b/other-\(n).txt")
        }
        try Fixtures.build(corpus, temp("many-index"))
        let searcher = try Searcher(index: temp("many-index"), logger: Fixtures.quietLogger)
        var request = SearchRequest(query: "quorvane", limit: 1, offset: 1, perArticle: 1)
        request.sort = .path
        let page = try searcher.search(request)
        #expect(page.hits.map(\.passage.path) == ["b/other-1.txt"] && page.hits.first?.rank == 2)
        #expect(page.estimatedTotal == 4)
        request.offset = 0
        #expect(try searcher.search(request).hits.first?.duplicates?.count == 19)
    }
}
