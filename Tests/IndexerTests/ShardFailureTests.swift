import Foundation
import Testing
import TestSupport
@testable import Indexer

/// One shard server of a front index killed (SIGKILL, its connections with it)
/// or frozen (SIGSTOP) between the searches of one Searcher: the search fails
/// with the one error that names the shard, or with `allowPartial` answers from
/// the other shards and names the missing one; never a hang past the timeout,
/// never a crash; and the next search after a restart answers in full.
@Suite(.enabled(if: ShardServerFixture.isAvailable, "needs xapian-tcpsrv (Debian's xapian-tools; scripts/test.sh installs it)"))
struct ShardFailureTests {
    let temp = TempFolder()
    let a: ShardServerFixture
    let b: ShardServerFixture
    let front: String
    /// A front over `a`'s shards alone: what a partial answer without `b` must be.
    let frontA: String
    static let timeout = 2.0
    let request = SearchRequest(query: "oil prices", limit: 10, perArticle: 0)

    init() throws {
        let indexes = try RemoteShardTests.indexes.get()
        a = try ShardServerFixture(index: indexes.halves[0])
        b = try ShardServerFixture(index: indexes.halves[1])
        front = temp("front")
        try Federation.federate(front: front, remotes: a.remotes + b.remotes, logger: Fixtures.quietLogger)
        frontA = temp("front-a")
        try Federation.federate(front: frontA, remotes: a.remotes, logger: Fixtures.quietLogger)
    }

    func searcher(allowPartial: Bool) throws -> Searcher {
        try Searcher(index: front, logger: Fixtures.quietLogger,
                     remote: RemoteShardOptions(allowPartial: allowPartial, timeout: Self.timeout, connectTimeout: Self.timeout))
    }

    /// `body`'s result and the seconds it took.
    func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = Date()
        let value = try body()
        return (value, Date().timeIntervalSince(start))
    }

    @Test func aShardKilledBetweenSearchesIsNamedOrLeftOutAndARestartRecovers() throws {
        let strict = try searcher(allowPartial: false)
        let partial = try searcher(allowPartial: true)
        let full = try strict.search(request)
        #expect(full.hits.count == 10)
        #expect(try partial.search(request).hits.map(\.id) == full.hits.map(\.id))
        let onlyA = try Searcher(index: frontA, logger: Fixtures.quietLogger).search(request)
        #expect(onlyA.hits.map(\.id) != full.hits.map(\.id), "the shard left out must change the answer")

        b.signal(SIGKILL)
        let down = b.remotes[0].description
        let (failure, failed) = timed { Result { try strict.search(request) } }
        #expect(failed < Self.timeout, "a refused connection fails at once")
        guard case .failure(let error as SearchError) = failure, case .remoteShardDown(let shard, _) = error else {
            Issue.record("expected remoteShardDown, got \(failure)"); return
        }
        #expect(shard == down)
        #expect(error.description.contains(down) && !error.description.contains("\n"))

        let (answer, took) = try timed { try partial.search(request) }
        #expect(took < Self.timeout)
        #expect(answer.missingShards.map(\.shard) == [down])
        #expect(answer.hits.map(\.id) == onlyA.hits.map(\.id))
        #expect(RemoteShardTests.close(answer.hits.map(\.score), onlyA.hits.map(\.score)))
        #expect(partial.missingShards.map(\.shard) == [down])
        // Grouped searches and counts go on too.
        #expect(try partial.searchGrouped(SearchRequest(query: "oil prices", limit: 5)).missingShards.map(\.shard) == [down])

        try b.restart()
        #expect(try strict.search(request).hits.map(\.id) == full.hits.map(\.id))
        let recovered = try partial.search(request)
        #expect(recovered.missingShards.isEmpty)
        #expect(recovered.hits.map(\.id) == full.hits.map(\.id))
    }

    /// A frozen server accepts connections and answers nothing: each search gives
    /// up after the timeout (twice: the open connection, then a fresh one).
    @Test func aFrozenShardTimesOutWithinItsTimeout() throws {
        let strict = try searcher(allowPartial: false)
        let partial = try searcher(allowPartial: true)
        let full = try strict.search(request)
        _ = try partial.search(request)
        b.signal(SIGSTOP)
        defer { b.signal(SIGCONT) }
        let bound = 2 * Self.timeout + 2
        let (failure, failed) = timed { Result { try strict.search(request) } }
        #expect(failed < bound, "\(failed) s")
        guard case .failure(let error as SearchError) = failure, case .remoteShardDown(let shard, _) = error else {
            Issue.record("expected remoteShardDown, got \(failure)"); return
        }
        #expect(shard == b.remotes[0].description)

        let (answer, took) = try timed { try partial.search(request) }
        #expect(took < bound, "\(took) s")
        #expect(answer.missingShards.map(\.shard) == [b.remotes[0].description])
        #expect(!answer.hits.isEmpty)

        b.signal(SIGCONT)
        try b.restart()
        #expect(try partial.search(request).hits.map(\.id) == full.hits.map(\.id))
        #expect(try strict.search(request).hits.map(\.id) == full.hits.map(\.id))
    }

    @Test func aFrontWhoseEveryShardIsDownFailsEvenWithAllowPartial() throws {
        a.signalAll(SIGKILL)
        b.signalAll(SIGKILL)
        #expect { _ = try searcher(allowPartial: true) } throws: { error in
            guard case .remoteShardDown(let shard, let reason) = error as? SearchError else { return false }
            return shard == a.remotes[0].description && reason.contains("no remote shard answers")
        }
    }
}
