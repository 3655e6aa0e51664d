import Foundation
import Testing
import TestSupport
@testable import Indexer

/// Folding copies over remote shards (xapian-tcpsrv): it reads only value
/// slots and terms, so a federated index folds the story corpus as the same
/// databases do opened locally.
@Suite(.enabled(if: ShardServerFixture.isAvailable, "needs xapian-tcpsrv (Debian's xapian-tools; scripts/test.sh installs it)"))
struct RemoteStoryFoldTests {
    let temp = TempFolder()
    let server: ShardServerFixture
    let remote: Searcher
    let local: Searcher

    init() throws {
        ArticleGenerator.writeStoryCorpus(into: temp("corpus"))
        try Fixtures.build(temp("corpus"), temp("index")) { $0.shards = 2 }
        server = try ShardServerFixture(index: temp("index"))
        try Federation.federate(front: temp("front"), remotes: server.remotes, logger: Fixtures.quietLogger)
        remote = try Searcher(index: temp("front"), logger: Fixtures.quietLogger)
        local = try Searcher(index: temp("index"), logger: Fixtures.quietLogger)
    }

    @Test func aFederatedIndexFoldsTheStoryAndTheCaptionAsALocalOne() throws {
        for query in ["quorvane", "glimmerhaven", "said OR quorvane"] {
            var request = SearchRequest(query: query, limit: 10, perArticle: 1)
            request.facets = true
            let here = try local.search(request), there = try remote.search(request)
            #expect(there.hits.map(\.id) == here.hits.map(\.id), "\(query)")
            #expect(there.hits.map(\.duplicates) == here.hits.map(\.duplicates), "\(query)")
            #expect(there.hits.map(\.story) == here.hits.map(\.story), "\(query)")
            #expect(there.facets?.totals == here.facets?.totals, "\(query)")
        }
        let story = try remote.search(SearchRequest(query: "quorvane", perArticle: 1))
        #expect(story.hits.count == 1 && story.hits.first?.duplicates?.count == 4)
        let grouped = try remote.searchGrouped(SearchRequest(query: "quorvane", perArticle: 3))
        #expect(grouped.groups.count == 1 && grouped.estimatedArticles == 1 && grouped.groups.first?.duplicates?.count == 4)
    }
}
