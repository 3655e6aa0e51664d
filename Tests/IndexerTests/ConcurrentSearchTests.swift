import Foundation
import Testing
import TestSupport
@testable import Indexer

/// Searches run all the while a reindex commits batch after batch, and while
/// a full rebuild swaps generations: none may fail, every result well-formed.
@Suite(.enabled(if: Fixtures.hasCorpora, "needs ../shared/corpora"))
struct ConcurrentSearchTests {
    let root = Fixtures.tempDir()

    private func searchWhile(building corpus: String, into index: String, options: @escaping @Sendable (inout BuildOptions) -> Void) throws -> (searches: Int, commits: Int) {
        let done = Flag()
        let builder = Thread {
            defer { done.set() }
            _ = try? Fixtures.build(corpus, index, configure: options)
        }
        builder.start()
        var searches = 0
        let searcher = try Searcher(index: index, logger: Fixtures.quietLogger)
        let queries = ["oil prices", "bank", "\"pct\" shares", "wheat OR corn", "stock*", "trade NOT japan"]
        while !done.isSet || searches < 50 {
            let results = try searcher.search(SearchRequest(query: queries[searches % queries.count], limit: 10))
            for hit in results.hits {
                #expect(!hit.passage.path.isEmpty && !hit.passage.title.isEmpty && !hit.passage.text.isEmpty)
                #expect(hit.rank > 0 && hit.percent > 0 && hit.score > 0)
            }
            searches += 1
        }
        return (searches, 0)
    }

    @Test func searchesNeverFailWhileAReindexCommitsManyBatches() throws {
        let corpus = root + "/corpus", index = root + "/index"
        #expect(Fixtures.reutersSubset(30, into: corpus))
        try Fixtures.build(corpus, index)
        #expect(Fixtures.reutersSubset(400, into: corpus))
        let (searches, _) = try searchWhile(building: corpus, into: index) { $0.batchSize = 10 }
        #expect(searches >= 50)
        #expect(try IndexStatus.load(index: index).files == 400)
    }

    @Test func searchesNeverFailWhileAFullRebuildSwapsGenerations() throws {
        let corpus = root + "/corpus", index = root + "/index"
        #expect(Fixtures.reutersSubset(200, into: corpus))
        try Fixtures.build(corpus, index)
        for _ in 0..<3 {
            let (searches, _) = try searchWhile(building: corpus, into: index) { $0.full = true; $0.batchSize = 20 }
            #expect(searches >= 50)
        }
        #expect(try Searcher(index: index, logger: Fixtures.quietLogger).documentCount() == IndexStatus.load(index: index).passages)
    }
}

/// A thread-safe one-way flag.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
