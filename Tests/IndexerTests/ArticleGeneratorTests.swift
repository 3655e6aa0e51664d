import Foundation
import Testing
import TestSupport
@testable import Indexer

/// The generated test corpus: deterministic, and read by the text parser as
/// the articles it was meant to be (titles, paragraphs, captions, sections).
@Suite struct ArticleGeneratorTests {
    let generator = ArticleGenerator(seed: 1)

    @Test func theSameSeedAndIndexGiveTheSameText() {
        #expect(generator.article(7) == ArticleGenerator(seed: 1).article(7))
        #expect(generator.article(7) != generator.article(8))
        #expect(generator.article(7) != ArticleGenerator(seed: 2).article(7))
    }

    @Test func articlesParseIntoParagraphsCaptionsAndSections() {
        let articles = (0..<200).map { TextArticleParser().parse(generator.article($0)) }
        for article in articles {
            #expect(!article.title.isEmpty && !article.title.hasSuffix("."))
            #expect((3...12).contains(article.paragraphs.count), "\(article.title)")
            #expect(article.captions.allSatisfy { $0.credit != nil && $0.text.hasSuffix(".") })
            #expect(article.paragraphs.allSatisfy { $0.text.hasSuffix(".") && $0.credit == nil })
        }
        let captions = articles.flatMap(\.captions)
        #expect(captions.count > 100)
        #expect(captions.contains { $0.credit!.hasPrefix("REUTERS/") } && captions.contains { !$0.credit!.contains("/") })
        #expect(articles.filter { $0.passages.contains { $0.section != nil } }.count > 30)
        #expect(articles.filter { $0.place != nil }.count > 30)
        // A sizeable vocabulary, so that terms have very different frequencies.
        let words = Set(articles.flatMap { $0.passages.flatMap { $0.text.lowercased().split { !$0.isLetter } } })
        #expect(words.count > 600)
    }

    @Test func aCorpusHasAQuarterOfItsFilesInSubfolders() throws {
        let temp = TempFolder()
        let paths = Fixtures.generatedCorpus(40, into: temp.path)
        #expect(paths.count == 40 && paths == paths.sorted())
        #expect(paths.filter { $0.contains("/") }.count == 10)
        let text = try String(contentsOfFile: temp.path + "/" + paths[0], encoding: .utf8)
        #expect(text == generator.article(0))
    }
}
