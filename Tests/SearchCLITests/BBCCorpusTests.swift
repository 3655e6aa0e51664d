import Foundation
import Testing
import TestSupport
@testable import Indexer

/// The BBC corpus (2,225 plain-text articles, one not valid UTF-8) indexes completely.
/// A larger check on real text: it needs the shared corpora.
@Suite(.enabled(if: Fixtures.hasBBC, "needs ../shared/corpora/bbc"))
struct BBCCorpusTests {
    let temp = TempFolder()

    @Test func everyBBCArticleIsIndexed() throws {
        let bbc = try #require(Fixtures.bbcCorpus, "the BBC tarball did not extract")
        let index = temp("index")
        let out = try CLI.run(["index", "build", bbc, "--index", index])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("Indexed 2,225 articles"), "\(out.stdout)")
        #expect(out.stdout.contains("0 skipped; 1 decoded as Windows-1252"), "\(out.stdout)")
        let warnings = out.stderr.split(separator: "\n")
        #expect(warnings.count == 1 && warnings[0].contains("sport/199.txt: not valid UTF-8"), "\(warnings)")
        let status = try IndexStatus.load(index: index)
        #expect(status.files == 2225 && status.failed.isEmpty)
        #expect(status.formats["text"]?.articles == 2225)
        let hit = try #require(try Fixtures.search(index, "Mutu drugs test Chelsea").hits.first)
        #expect(hit.passage.path == "sport/199.txt")
    }
}
