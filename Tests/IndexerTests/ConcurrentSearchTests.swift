import Foundation
import Testing
import TestSupport
@testable import Indexer

/// Searches run all the while a reindex commits batch after batch, and while
/// a full rebuild swaps generations: none may fail, every result well-formed.
@Suite struct ConcurrentSearchTests {
    let temp = TempFolder()
    var corpus: String { temp("corpus") }
    var index: String { temp("index") }

    /// What the searching thread saw while a build ran on another one.
    struct Observed {
        var summary: BuildSummary
        /// Searches that finished while the build was still running.
        var searchesDuringBuild = 0
        /// Document counts a reader reopened after each search saw, in order, without repeats.
        var documentCounts: [Int] = []
        /// Live generations seen during and right after the build, in order, without repeats.
        var generations: [String] = []
    }

    static let queries = ["oil prices", "bank", "\"pct\" shares", "wheat OR corn", "stock*", "trade NOT japan"]

    /// Searches with one Searcher, opened before the build starts, until the
    /// build ends; after each search a separate reader reopens to see how far
    /// the build has committed. The build's own error, if any, is rethrown.
    private func searchWhile(options: @escaping @Sendable (inout BuildOptions) -> Void) throws -> Observed {
        let searcher = try Searcher(index: index, logger: Fixtures.quietLogger)
        let observer = Observer(index: index)
        let layout = IndexLayout(root: index)
        var documentCounts = [try observer.documentCount()]
        var generations = [layout.generation(ofShard: try layout.liveShards()[0])]
        func note<T: Equatable>(_ value: T, in list: inout [T]) { if list.last != value { list.append(value) } }

        let build = BuildThread { [corpus, index] in try Fixtures.build(corpus, index, configure: options) }
        var searches = 0, searchesDuringBuild = 0
        while true {
            let running = build.isRunning
            let query = Self.queries[searches % Self.queries.count]
            let results = try searcher.search(SearchRequest(query: query, limit: 10))
            #expect(!results.hits.isEmpty, "\(query)")
            for hit in results.hits {
                #expect(!hit.passage.path.isEmpty && !hit.passage.title.isEmpty && !hit.passage.text.isEmpty)
                #expect(hit.rank > 0 && hit.percent > 0 && hit.score > 0)
            }
            searches += 1
            if running && build.isRunning { searchesDuringBuild += 1 }
            note(try observer.documentCount(), in: &documentCounts)
            note(layout.generation(ofShard: try layout.liveShards()[0]), in: &generations)
            if !running { break }  // one more search after the build, on what it left
        }
        return Observed(summary: try build.result(), searchesDuringBuild: searchesDuringBuild,
                        documentCounts: documentCounts, generations: generations)
    }

    @Test func searchesNeverFailWhileAReindexCommitsManyBatches() throws {
        Fixtures.generatedCorpus(30, into: corpus)
        let first = try Fixtures.build(corpus, index) { $0.shards = 2 }
        Fixtures.generatedCorpus(400, into: corpus)  // the same 30, and 370 more
        let seen = try searchWhile { $0.batchSize = 10 }
        #expect(seen.summary.added == 370 && seen.summary.changed == 0 && seen.summary.removed == 0)
        #expect(seen.searchesDuringBuild > 0)
        // Commits were seen while the build ran: the count grew in steps from
        // the first build's to the last one's, more steps than the two shards'
        // last commits alone would make.
        #expect(seen.documentCounts.first == first.passages && seen.documentCounts.last == seen.summary.passages)
        #expect(seen.documentCounts.count >= 6, "\(seen.documentCounts)")
        #expect(seen.documentCounts == seen.documentCounts.sorted())
        #expect(try IndexStatus.load(index: index).files == 400)
    }

    @Test func searchesNeverFailWhileAFullRebuildSwapsGenerations() throws {
        Fixtures.generatedCorpus(200, into: corpus)
        let first = try Fixtures.build(corpus, index)
        var generations: [String] = []
        for _ in 0..<3 {
            let seen = try searchWhile { $0.full = true; $0.batchSize = 20 }
            #expect(seen.summary.full && seen.summary.passages == first.passages)
            #expect(seen.searchesDuringBuild > 0)
            // Readers of the live index see the same documents throughout.
            #expect(seen.documentCounts == [first.passages])
            // The rebuild swapped in a new generation.
            #expect(seen.generations.count == 2, "\(seen.generations)")
            generations += seen.generations
        }
        #expect(Set(generations).count == 4)
        #expect(try Searcher(index: index, logger: Fixtures.quietLogger).documentCount() == IndexStatus.load(index: index).passages)
    }
}

/// A plain reader of the index, moved to its latest commit at each look.
/// Like a Searcher, it opens afresh when a reader's view of the shards is
/// overwritten by the writer (a modified or corrupt error, which are transient).
final class Observer {
    let index: String
    private var database: Database?

    init(index: String) { self.index = index }

    func documentCount() throws -> Int {
        for _ in 0..<5 {
            do {
                let database = try self.database ?? Database(path: index)
                self.database = database
                try database.reopen()
                return try database.getDoccount()
            } catch let error as XapianError where Searcher.isTransient(error) {
                database = nil
            }
        }
        let database = try Database(path: index)
        self.database = database
        return try database.getDoccount()
    }
}

/// A build on its own thread; `result()` waits for it and rethrows its error.
final class BuildThread: @unchecked Sendable {
    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    private var outcome: Result<BuildSummary, Error>?

    init(_ body: @escaping @Sendable () throws -> BuildSummary) {
        Thread {
            let outcome = Result(catching: body)
            self.lock.withLock { self.outcome = outcome }
            self.finished.signal()
        }.start()
    }

    var isRunning: Bool { lock.withLock { outcome == nil } }

    func result() throws -> BuildSummary {
        finished.wait()
        finished.signal()
        return try lock.withLock { outcome! }.get()
    }
}
