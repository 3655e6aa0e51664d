import Foundation
import Testing
import TestSupport
@testable import Indexer

/// Builds put near-duplicate articles into one story cluster, keep the
/// clusters right through incremental builds (an edited copy leaves its
/// story, removed copies shrink it), and always end where a clean build of
/// the same corpus ends.
struct StoryClusterTests {
    let temp = TempFolder()
    static let generator = ArticleGenerator(seed: 15)
    static let copies = ["wire/copy0.txt", "wire/copy1.txt", "other/copy2.txt", "other/copy3.txt", "wire/late/copy4.txt"]
    static let edits: [[WireCopies.Edit]] = [[], [.headline], [.droppedParagraph, .typos], [.dateline, .reordered], WireCopies.Edit.allCases]

    /// 30 generated articles, one story five times, and two earnings reports.
    func makeCorpus(_ name: String) -> String {
        let corpus = temp(name)
        _ = Fixtures.generatedCorpus(30, into: corpus + "/news", seed: 15)
        let story = WireCopies.longArticle(from: 200)
        for (path, edits) in zip(Self.copies, Self.edits) { Fixtures.write(WireCopies.copy(of: story, edits), to: corpus + "/" + path) }
        Fixtures.write(WireCopies.earningsReport(company: "Northwind Traders", seed: 1), to: corpus + "/results/northwind.txt")
        Fixtures.write(WireCopies.earningsReport(company: "Contoso Mining", seed: 2), to: corpus + "/results/contoso.txt")
        return corpus
    }

    func clusters(_ index: String) throws -> [StoryCluster] {
        try Searcher(index: index, logger: Fixtures.quietLogger).duplicates()
    }

    func members(_ index: String) throws -> [[String]] { try clusters(index).map { $0.articles.map(\.article) } }

    /// The stories every article's passages carry, by article key: one each.
    func storiesOfArticles(_ index: String) throws -> [String: Set<String>] {
        let db = try Database(path: index)
        let keys = Dictionary(uniqueKeysWithValues: try db.values(slot: IndexSchema.articleKeySlot).map { ($0.docid, $0.value) })
        var stories: [String: Set<String>] = [:]
        for (docid, story) in try db.values(slot: IndexSchema.storySlot) { stories[keys[docid]!, default: []].insert(story) }
        return stories
    }

    /// The index equals a clean build of `corpus`: the same clusters (ids
    /// too), and every passage of an article in its article's story.
    func expectEqualsCleanBuild(_ index: String, _ corpus: String, shards: Int, _ comment: Comment) throws {
        let clean = temp("clean-\(UUID().uuidString.prefix(6))")
        try Fixtures.build(corpus, clean) { $0.shards = shards }
        #expect(try clusters(index) == clusters(clean), comment)
        let stories = try storiesOfArticles(index)
        #expect(stories == (try storiesOfArticles(clean)), comment)
        #expect(stories.values.allSatisfy { $0.count == 1 }, comment)
        let clustered = Set(try clusters(index).map(\.id))
        #expect(Set(stories.values.flatMap { $0 }.filter(IndexSchema.isStoryCluster)) == clustered, comment)
    }

    @Test(arguments: [1, 3])
    func oneStoryFiveTimesIsOneClusterOfFive(shards: Int) throws {
        let corpus = makeCorpus("corpus")
        let index = temp("index")
        try Fixtures.build(corpus, index) { $0.shards = shards }
        #expect(try members(index) == [Self.copies.sorted()])
        let cluster = try #require(try clusters(index).first)
        #expect(cluster.id.hasPrefix("s") && cluster.id.count == 17)
        #expect(cluster.articles.map(\.title).contains { $0.hasPrefix("UPDATE 2-") })
    }

    @Test func editsAndRemovalsMoveArticlesOutOfTheirStory() throws {
        let corpus = makeCorpus("corpus")
        let index = temp("index")
        try Fixtures.build(corpus, index) { $0.shards = 2 }
        // The fully edited copy becomes another story.
        Fixtures.write(Self.generator.article(777), to: corpus + "/" + Self.copies[4])
        try Fixtures.build(corpus, index)
        #expect(try members(index) == [Array(Self.copies.prefix(4)).sorted()])
        try expectEqualsCleanBuild(index, corpus, shards: 2, "after an edit")
        // Removing copies shrinks the story.
        for path in Self.copies[2...3] { try FileManager.default.removeItem(atPath: corpus + "/" + path) }
        try Fixtures.build(corpus, index)
        #expect(try members(index) == [Array(Self.copies.prefix(2))])
        try expectEqualsCleanBuild(index, corpus, shards: 2, "after removals")
        // One copy left is no story at all; its passages are their own again.
        try FileManager.default.removeItem(atPath: corpus + "/" + Self.copies[1])
        try Fixtures.build(corpus, index)
        #expect(try members(index) == [])
        try expectEqualsCleanBuild(index, corpus, shards: 2, "after the last removal")
        // And a copy written back joins it again.
        Fixtures.write(WireCopies.copy(of: WireCopies.longArticle(from: 200), [.typos]), to: corpus + "/again.txt")
        try Fixtures.build(corpus, index)
        #expect(try members(index) == [["again.txt", Self.copies[0]]])
        try expectEqualsCleanBuild(index, corpus, shards: 2, "after a copy came back")
    }

    @Test func anotherThresholdClustersTheArchiveAgain() throws {
        let corpus = makeCorpus("corpus")
        let index = temp("index")
        try Fixtures.build(corpus, index)
        let standard = try clusters(index)
        // At 1, only the copy with nothing but a new headline is the same story.
        let strict = try Fixtures.build(corpus, index) { $0.duplicates = .similarity(1) }
        #expect(!strict.full)
        #expect(try members(index) == [Array(Self.copies.prefix(2))])
        try Fixtures.build(corpus, index) { $0.duplicates = .standard }
        #expect(try clusters(index) == standard)
        // Off: no story clusters, no fingerprints written.
        try Fixtures.build(corpus, index) { $0.duplicates = .off }
        #expect(try members(index) == [])
        #expect(try Set(storiesOfArticles(index).values.flatMap { $0 }).allSatisfy { !IndexSchema.isStoryCluster($0) })
        try Fixtures.build(corpus, index, configure: { $0.full = true })
        #expect(try Database(path: index).values(slot: IndexSchema.fingerprintSlot).isEmpty)
        // Turning it on again must read every file: a full rebuild.
        let again = try Fixtures.build(corpus, index) { $0.duplicates = .standard }
        #expect(again.full)
        #expect(try clusters(index) == standard)
    }

    @Test func theSameCaptionOnManyPagesHasOneKey() throws {
        let corpus = temp("corpus")
        let caption = "Dock workers walk past idle cranes in Rotterdam, March 3, 2024.\nREUTERS/Piet Janssen"
        for i in 0..<3 {
            let article = Self.generator.article(300 + i)
            var blocks = article.components(separatedBy: "\n\n")
            blocks.insert(i == 1 ? caption.uppercased() : caption, at: 2)
            Fixtures.write(blocks.joined(separator: "\n\n"), to: corpus + "/page\(i).txt")
        }
        let index = temp("index")
        try Fixtures.build(corpus, index)
        let db = try Database(path: index)
        let keys = try db.values(slot: IndexSchema.captionKeySlot).map(\.value)
        #expect(keys.count >= 3)
        let counts = Dictionary(keys.map { ($0, 1) }, uniquingKeysWith: +)
        #expect(counts.values.max() == 3, "\(counts)")
        // The generated captions of the three pages are their own.
        #expect(counts.values.filter { $0 == 1 }.count == keys.count - 3)
    }
}
