import Foundation
import Testing
import TestSupport
@testable import Indexer

/// A federated index over shards served by real xapian-tcpsrv processes
/// answers as one local index over the whole corpus: the same passages in
/// the same order with the same scores, for every feature.
///
/// The corpus (240 generated articles and the seed) is split in two halves,
/// indexed as two shard machines' indexes (2 shards and 1), each served on
/// loopback, and federated; `whole` is one local index of all of it, and
/// `mirror` a local stub over the very databases the servers serve (the same
/// docids, so ties keep their order too).
@Suite(.enabled(if: ShardServerFixture.isAvailable, "needs xapian-tcpsrv (Debian's xapian-tools; scripts/test.sh installs it)"))
struct RemoteShardTests {
    struct Indexes: Sendable {
        var whole: String
        var halves: [String]
        var root: String
    }

    static let indexes = Result { () throws -> Indexes in
        let root = TempFolder.runFolder + "/remote-shards"
        let all = root + "/corpus-all"
        let paths = Fixtures.generatedCorpus(240, into: all + "/news")
        Fixtures.write(Fixtures.seedText, to: all + "/seeds/seed.txt")
        // Dated articles in every other format (front matter, JSON Lines, HTML metadata).
        let formats = try FileManager.default.contentsOfDirectory(atPath: Fixtures.formats).sorted()
        try FileManager.default.createDirectory(atPath: all + "/formats", withIntermediateDirectories: true)
        for name in formats { try FileManager.default.copyItem(atPath: Fixtures.formatFile(name), toPath: all + "/formats/" + name) }
        let halves = [root + "/corpus-a", root + "/corpus-b"]
        for (i, path) in (paths.map { "news/" + $0 } + ["seeds/seed.txt"] + formats.map { "formats/" + $0 }).enumerated() {
            let target = halves[i % 2] + "/" + path
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: all + "/" + path, toPath: target)
        }
        try Fixtures.build(all, root + "/whole") { $0.shards = 2 }
        try Fixtures.build(halves[0], root + "/index-a") { $0.shards = 2 }
        try Fixtures.build(halves[1], root + "/index-b") { $0.shards = 1 }
        return Indexes(whole: root + "/whole", halves: [root + "/index-a", root + "/index-b"], root: root)
    }

    let temp = TempFolder()
    let servers: [ShardServerFixture]
    let front: String
    let mirror: String
    let whole: Searcher
    let remote: Searcher
    let local: Searcher

    init() throws {
        let indexes = try Self.indexes.get()
        servers = try indexes.halves.map { try ShardServerFixture(index: $0) }
        front = temp("front")
        try Federation.federate(front: front, remotes: servers.flatMap(\.remotes), logger: Fixtures.quietLogger)
        // The same databases, opened locally: the front's own, then each served shard.
        let layout = IndexLayout(root: front)
        let served = try indexes.halves.flatMap { half in try IndexLayout(root: half).liveShards().map { half + "/" + $0 } }
        mirror = temp("mirror")
        try FileManager.default.createDirectory(atPath: mirror, withIntermediateDirectories: true)
        let meta = try layout.liveShards()[0]
        try IndexLayout(root: mirror).writeStub(entries: ([layout.absolute(meta)] + served).map { .local($0) })
        try Data().write(to: URL(fileURLWithPath: mirror + "/" + IndexLayout.markerName))
        whole = try Searcher(index: indexes.whole, logger: Fixtures.quietLogger)
        remote = try Searcher(index: front, logger: Fixtures.quietLogger)
        local = try Searcher(index: mirror, logger: Fixtures.quietLogger)
    }

    /// Every feature, as requests.
    static func requests() -> [(String, SearchRequest)] {
        func r(_ query: String, limit: Int = 10, offset: Int = 0, perArticle: Int = 2, _ change: (inout SearchRequest) -> Void = { _ in }) -> (String, SearchRequest) {
            var request = SearchRequest(query: query, limit: limit, offset: offset, perArticle: perArticle)
            change(&request)
            return (query, request)
        }
        return [
            r("oil prices"),
            r("oil prices", limit: 10, offset: 10),
            r("bank interest rates", perArticle: 0) { $0.feedback = false },
            r("title:bank shares"),
            r("\"central bank\" rates"),
            r("wheat kind:caption", perArticle: 0),
            r("bank path:news/world", perArticle: 0),
            r("shipping -path:news/world/"),
            r("file:news/article-00002.txt", perArticle: 0),
            r("ferry date:2024-01-01..2024-12-31", perArticle: 0),
            r("harbour OR ferry OR oil after:2024-04-01", perArticle: 0),
            r("ferry OR harbour format:jsonl", perArticle: 0),
            r("ferry OR harbour OR prices", perArticle: 0) { $0.sort = .date },
            r("oil prices") { $0.sort = .date },
            r("bank") { $0.sort = .path },
            r("bank", limit: 7, offset: 3) { $0.sort = .pathDescending },
            r("oil prices") { $0.facets = true },
            r("gold mines") { $0.expandSynonyms = true },
            r("~shares profit"),
            r("bnak loans") { $0.correctSpelling = true },
            r("Huawei network"),
            // Wildcards are expanded on the client, over every shard at once.
            r("bank*"),
            r("pri* oil"),
            r("title:ba* -ship*", perArticle: 0),
            r("s* OR f*", perArticle: 0) { $0.feedback = false },
            r("caption:wh* OR harb*"),
        ]
    }

    @Test func everyFeatureAnswersAsTheSameDatabasesOpenedLocally() throws {
        for (name, request) in Self.requests() {
            let here = try local.search(request)
            let there = try remote.search(request)
            #expect(!here.hits.isEmpty, "\(name) matches nothing: the comparison would prove nothing")
            #expect(there.hits.map(\.id) == here.hits.map(\.id), "\(name)")
            #expect(Self.close(there.hits.map(\.score), here.hits.map(\.score)), "\(name)")
            // Sorted by a value, a remote shard scales percentages by its own best weight.
            if request.sort == .relevance { #expect(there.hits.map(\.percent) == here.hits.map(\.percent), "\(name)") }
            #expect(there.suggestion == here.suggestion && there.searchedQuery == here.searchedQuery, "\(name)")
            #expect(there.facets == here.facets, "\(name)")
        }
    }

    /// Against one index over the whole corpus the docids differ, so passages
    /// of equal score may come in another order (and a page may cut such a
    /// tie elsewhere): the scores in order must be equal, and the passages of
    /// each score but the page's last.
    @Test func everyFeatureAnswersAsOneLocalIndexOfTheWholeCorpus() throws {
        for (name, request) in Self.requests() {
            let here = try whole.search(request)
            let there = try remote.search(request)
            #expect(!here.hits.isEmpty, "\(name) matches nothing")
            #expect(Self.sameUpToTies(there.hits, here.hits), "\(name): \(there.hits.map { "\($0.id) \($0.score)" }) vs \(here.hits.map { "\($0.id) \($0.score)" })")
            #expect(there.suggestion == here.suggestion, "\(name)")
        }
    }

    @Test func groupedAndSimilarAnswerAsLocally() throws {
        var request = SearchRequest(query: "oil prices", limit: 5, perArticle: 3)
        let here = try local.searchGrouped(request)
        let there = try remote.searchGrouped(request)
        #expect(here.groups.count == 5)
        #expect(there.groups.map(\.path) == here.groups.map(\.path))
        #expect(there.groups.map { $0.hits.map(\.id) } == here.groups.map { $0.hits.map(\.id) })
        #expect(there.estimatedArticles == here.estimatedArticles)
        request.offset = 5
        #expect(try remote.searchGrouped(request).groups.map(\.path) == (try local.searchGrouped(request)).groups.map(\.path))

        let source = try #require(here.groups.first?.hits.first?.id)
        let similarHere = try local.similar(to: source, request: SearchRequest(query: "", limit: 8))
        let similarThere = try remote.similar(to: source, request: SearchRequest(query: "", limit: 8))
        #expect(similarHere.results.hits.count == 8)
        #expect(similarThere.terms == similarHere.terms)
        #expect(similarThere.results.hits.map(\.id) == similarHere.results.hits.map(\.id))
        #expect(Self.close(similarThere.results.hits.map(\.score), similarHere.results.hits.map(\.score)))
    }

    @Test func theFrontHoldsTheMergedSpellingDictionaryAndTheSchema() throws {
        let front = try Database(path: IndexLayout(root: self.front).absolute(IndexLayout(root: self.front).liveShards()[0]))
        let whole = try Database(path: try Self.indexes.get().whole)
        #expect(try front.getDoccount() == 0)
        #expect(try front.getMetadata(IndexSchema.schemaVersionKey) == IndexSchema.version)
        let merged = Dictionary(uniqueKeysWithValues: try front.spellings().map { ($0.word, $0.frequency) })
        let expected = Dictionary(uniqueKeysWithValues: try whole.spellings().map { ($0.word, $0.frequency) })
        #expect(merged.count > 1000)
        #expect(merged == expected)
        #expect(try remote.documentCount() == (try self.whole.documentCount()))
    }

    /// Xapian 1.4.22's all-documents swap (value_filter.cpp) happens on the
    /// server too: an unweighted term that indexes every passage of a shard
    /// with a docid gap fails through xapian-tcpsrv, and the value filters
    /// that replace such terms do not.
    @Test func theFilterBugReproducesThroughTheServerAndValueFiltersDodgeIt() throws {
        let root = temp("gap")
        let corpus = root + "/corpus"
        Fixtures.generatedCorpus(300, into: corpus)
        try Fixtures.build(corpus, root + "/index") { $0.shards = 1 }
        try FileManager.default.removeItem(atPath: corpus + "/article-00001.txt")
        try Fixtures.build(corpus, root + "/index")
        let server = try ShardServerFixture(index: root + "/index")
        let database = try Database(remoteHost: "127.0.0.1", port: server.remotes[0].port)
        let count = try database.getDoccount()
        #expect(count > 2000)
        let plain = try Enquire(database)
        // Every passage is of a text file (kind:paragraph would miss the captions).
        try plain.setQuery(try Query(term: IndexSchema.formatPrefix + "text").scaled(by: 0))
        #expect(throws: XapianError.self) { try plain.getMSet(first: 0, maxItems: 10, checkAtLeast: count) }
        let value = try Enquire(database)
        try value.setQuery(try Query(valueFilter: "text", slot: IndexSchema.formatSlot))
        #expect(try value.getMSet(first: 0, maxItems: 10, checkAtLeast: count).matchesEstimated == count)
    }

    @Test func aShardThatDoesNotAnswerIsNamedAndARestartRecovers() throws {
        let request = SearchRequest(query: "oil prices")
        #expect(try remote.search(request).hits.count == 10)
        servers[1].stop()
        let down = servers[1].remotes[0].description
        do {
            _ = try remote.search(request)
            Issue.record("a search with a shard down succeeded")
        } catch let error as SearchError {
            guard case .remoteShardDown(let shard, _) = error else { Issue.record("\(error)"); return }
            #expect(shard == down)
            #expect(error.description.contains(down) && !error.description.contains("\n"))
        }
        // A new searcher cannot open the index either, and says which shard.
        #expect { _ = try Searcher(index: front, logger: Fixtures.quietLogger) } throws: { error in
            "\(error)".contains(down)
        }
        let port = servers[1].remotes[0].port
        let again = ShardServers(index: try Self.indexes.get().halves[1], logger: Fixtures.quietLogger)
        try again.start(executable: ShardServerFixture.executable, firstPort: port, interface: "127.0.0.1")
        defer { again.stop() }
        #expect(try remote.search(request).hits.map(\.id) == (try local.search(request)).hits.map(\.id))
    }

    /// xapian-tcpsrv drops a connection idle past its timeout (60 s by
    /// default; 1 s here): the next search connects again.
    @Test func aConnectionTheServerDroppedWhenIdleIsReopened() throws {
        let idle = try ShardServerFixture(index: try Self.indexes.get().halves[0], idleTimeout: 1)
        let front = temp("idle-front")
        try Federation.federate(front: front, remotes: idle.remotes, logger: Fixtures.quietLogger)
        let searcher = try Searcher(index: front, logger: Fixtures.quietLogger)
        let first = try searcher.search(SearchRequest(query: "oil prices"))
        usleep(1_600_000)
        let again = try searcher.search(SearchRequest(query: "oil prices"))
        #expect(!first.hits.isEmpty && again.hits.map(\.id) == first.hits.map(\.id))
    }

    /// Xapian's program transport (`remote :PROGRAM ARGS` in a stub), which its
    /// ssh transport is (`remote :ssh HOST xapian-progsrv DIR`): here a stand-in
    /// for ssh that drops the host and runs the rest, and `xapian-progsrv` itself.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/xapian-progsrv"), "needs xapian-progsrv"))
    func shardsReachedThroughAProgramAnswerAsTheSameDatabasesLocally() throws {
        let ssh = temp("bin") + "/fake-ssh"
        Fixtures.write("#!/bin/sh\n# fake-ssh HOST COMMAND ARGS: runs COMMAND ARGS here\nshift\nexec \"$@\"\n", to: ssh)
        #expect(chmod(ssh, 0o755) == 0)
        let halves = try Self.indexes.get().halves
        let layout = IndexLayout(root: front)
        let programs = try halves.enumerated().flatMap { i, half in
            try IndexLayout(root: half).liveShards().indices.map { k -> StubEntry in
                let stub = IndexLayout(root: half).shardStubPath(k)
                let line = i == 0 ? "remote :\(ssh) host-a xapian-progsrv \(stub)" : "remote :/usr/bin/xapian-progsrv \(stub)"
                return try #require(StubEntry(line: line[...]))
            }
        }
        #expect(programs.first?.shardName == "\(ssh) host-a xapian-progsrv \(IndexLayout(root: halves[0]).shardStubPath(0))")
        let piped = temp("piped")
        try FileManager.default.createDirectory(atPath: piped, withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: piped + "/" + IndexLayout.markerName))
        try IndexLayout(root: piped).writeStub(entries: [.local(layout.absolute(try layout.liveShards()[0]))] + programs)
        #expect(IndexLayout(root: piped).isFederated)
        let searcher = try Searcher(index: piped, logger: Fixtures.quietLogger)
        for (name, request) in Self.requests().prefix(6) {
            let here = try local.search(request)
            let there = try searcher.search(request)
            #expect(!there.hits.isEmpty && there.hits.map(\.id) == here.hits.map(\.id), "\(name)")
            #expect(Self.close(there.hits.map(\.score), here.hits.map(\.score)), "\(name)")
        }
        let status = try IndexStatus.load(index: piped)
        #expect(status.remotes?.count == programs.count && status.remotes?.allSatisfy(\.answers) == true)
    }

    @Test func statusOfAFrontShowsItsRemotesAndItsLocalDatabase() throws {
        let status = try IndexStatus.load(index: front)
        let remotes = servers.flatMap(\.remotes).map(\.description)
        #expect(status.remotes?.map(\.shard) == remotes)
        #expect(status.remotes?.allSatisfy(\.answers) == true)
        #expect(status.documents == (try whole.documentCount()))
        #expect(status.metaDatabase == (try IndexLayout(root: front).liveShards()[0]))
        servers[1].stop()
        let down = try IndexStatus.load(index: front)
        #expect(down.remotes?.map(\.answers) == remotes.map { $0 != servers[1].remotes[0].description })
        #expect(down.remotes?.last?.reason?.contains("NetworkError") == true)
    }

    /// A front's freshness is its shard indexes' oldest build (each records its
    /// builds in its first shard), read through the wire.
    @Test func aFrontsFreshnessIsItsShardIndexesOldestBuild() throws {
        let builds = try Self.indexes.get().halves.map { half in
            try Searcher(index: half, logger: Fixtures.quietLogger).freshness()
        }
        let freshness = try remote.freshness()
        #expect(freshness.remoteBuilds == 2)
        #expect(freshness.builtAt != nil && freshness.builtAt == builds.compactMap(\.builtAt).min())
    }

    static func close(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= 1e-9 * max(1, abs($1)) }
    }

    static func sameUpToTies(_ a: [SearchHit], _ b: [SearchHit]) -> Bool {
        guard close(a.map(\.score), b.map(\.score)) else { return false }
        func groups(_ hits: [SearchHit]) -> [[String]] {
            var out: [[String]] = []
            var last: Double?
            for hit in hits {
                if let last, abs(last - hit.score) <= 1e-9 * max(1, abs(hit.score)) { out[out.count - 1].append(hit.id) } else { out.append([hit.id]) }
                last = hit.score
            }
            return out
        }
        let (ga, gb) = (groups(a), groups(b))
        return zip(ga.dropLast(), gb.dropLast()).allSatisfy { Set($0) == Set($1) }
    }
}
