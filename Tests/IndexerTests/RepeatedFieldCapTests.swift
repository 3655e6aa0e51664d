import Testing
import TestSupport
@testable import Indexer

/// Every passage stores and indexes its article's title, byline, place and URL
/// and its section again: a text file of an 0.9 MB first block and 2,000 short
/// ones ran past 300 s and 3.4 GB. Those fields are cut to 1,000 characters,
/// with one warning.
@Suite struct RepeatedFieldCapTests {
    static let hugeBlock = (0..<150_000).map { "w\($0 % 5000)" }.joined(separator: " ")

    @Test func aHugeFirstBlockIsCutAsATitleWithOneWarning() {
        let text = Self.hugeBlock + "\n\n" + (0..<2_000).map { "paragraph \($0)" }.joined(separator: "\n\n") + "\n"
        let parsed = ArticleFormat.parse(ArticleInput(path: "a.txt", text: text))
        let article = parsed.articles[0]
        #expect(article.title.count <= 1_000 && article.title.hasPrefix("w0 w1 w2"), "\(article.title.count) characters")
        #expect(article.passages.count == 2_000)
        #expect(parsed.warnings.count == 1 && parsed.warnings[0].contains("title") && parsed.warnings[0].contains("1000"), "\(parsed.warnings)")
    }

    @Test func aOneBlockFileKeepsAllItsTextInItsPassage() {
        let parsed = ArticleFormat.parse(ArticleInput(path: "a.txt", text: Self.hugeBlock))
        #expect(parsed.articles[0].title.count <= 1_000)
        #expect(parsed.articles[0].passages.map(\.text) == [Self.hugeBlock])
    }

    @Test func aJSONLinesBylineAndAMarkdownSectionAreCutToo() {
        let json = "{\"title\": \"T\", \"author\": \"\(Self.hugeBlock)\", \"body\": \"One.\\n\\nTwo.\"}\n"
        let parsedJSON = ArticleFormat.parse(ArticleInput(path: "f.jsonl", text: json))
        #expect((parsedJSON.articles.first?.byline?.count ?? .max) <= 1_000)
        #expect(parsedJSON.warnings.count == 1 && parsedJSON.warnings[0].contains("byline"), "\(parsedJSON.warnings)")
        let markdown = "# Title\n\nFirst.\n\n## " + Self.hugeBlock + "\n\nSecond.\n"
        let parsedMarkdown = ArticleFormat.parse(ArticleInput(path: "n.md", text: markdown))
        #expect((parsedMarkdown.articles.first?.passages.last?.section?.count ?? .max) <= 1_000)
        #expect(parsedMarkdown.warnings.count == 1 && parsedMarkdown.warnings[0].contains("section"), "\(parsedMarkdown.warnings)")
    }

    @Test func ordinaryFieldsAreLeftAlone() {
        let parsed = ArticleFormat.parse(ArticleInput(path: "a.txt", text: Fixtures.seedText))
        #expect(parsed.warnings.isEmpty && parsed.articles == [TextArticleParser().parse(Fixtures.seedText)])
    }
}
