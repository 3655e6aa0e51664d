import Testing
@testable import Indexer
import TestSupport

@Suite struct TextArticleParserTests {
    let seed = TextArticleParser().parse(Fixtures.seedText)

    @Test func seedTitleIsTheFirstBlock() {
        #expect(seed.title == "A US / European Rift Over 5G?")
    }

    @Test func seedHasSevenArticleParagraphsOutsideAnySection() {
        let article = seed.paragraphs.filter { $0.section == nil }
        #expect(article.count == 7)
        #expect(article.first?.text.hasPrefix("Speaking of trans-Atlantic rifts") == true)
        #expect(article.last?.text.hasPrefix("Put it all together") == true)
    }

    @Test func seedHasEightCaptionsWithCredits() {
        #expect(seed.captions.count == 8)
        #expect(seed.captions.allSatisfy { $0.credit != nil && $0.section == "More from GZERO Media" })
        #expect(seed.captions.map(\.credit!) == [
            "REUTERS/Ralph Tedy Erol", "REUTERS/El Tayeb Siddig", "REUTERS/Elizabeth Frantz", "Jess Frampton",
            "David Talukdar/NurPhoto via Reuters", "REUTERS/Gonzalo Fuentes", "REUTERS/Antonio Bronic", "REUTERS/Amir Cohen",
        ])
    }

    @Test func captionKeepsItsTextApartFromTheCredit() throws {
        let caption = try #require(seed.captions.first { $0.credit == "Jess Frampton" })
        #expect(caption.text == "Leaders of Israel and Iran in front of fighter jets.")
        #expect(caption.kind == .caption)
    }

    @Test func seedHasEightTeasersUnderTheGzeroSection() {
        let teasers = seed.paragraphs.filter { $0.section == "More from GZERO Media" }
        #expect(teasers.count == 8)
        #expect(teasers.first?.text.hasPrefix("The international community is struggling") == true)
    }

    @Test func passagesAreNumberedInReadingOrder() {
        #expect(seed.passages.count == 23)
        // Block 7 is the "More from GZERO Media" heading: a section, not a passage.
        #expect(seed.passages.map(\.number) == Array(0...6) + Array(8...23))
        #expect(seed.passages[7].kind == .caption && seed.passages[7].number == 8)  // the Haiti caption
    }

    @Test func reutersDatelineIsNotAPassage() {
        let text = "STANDARD OIL <SRD> TO FORM FINANCIAL UNIT\n\nCLEVELAND, Feb 26\n\nStandard Oil Co and BP North America Inc said they plan to form a venture.\n\nThe venture will be called BP/Standard Financial Trading.\n"
        let article = TextArticleParser().parse(text)
        #expect(article.dateline == "CLEVELAND, Feb 26")
        #expect(article.passages.count == 2)
        #expect(article.passages.allSatisfy { $0.kind == .paragraph && $0.section == nil })
    }

    @Test func controlCharactersNeverReachPassages() {
        let article = TextArticleParser().parse("Title\u{1B}[31m\n\nEvil \u{1B}]0;pwned\u{07} text\u{E000} here.\n")
        #expect(article.title == "Title[31m")
        #expect(article.passages.first?.text == "Evil ]0;pwned text here.")
    }

    @Test func windowsLineEndingsSplitBlocks() {
        let article = TextArticleParser().parse("Title\r\n\r\nFirst paragraph here.\r\n\r\nSecond one.\r\n")
        #expect(article.passages.map(\.text) == ["First paragraph here.", "Second one."])
    }

    @Test func aOneBlockFileIsItsTitleAndItsOnePassage() {
        let article = TextArticleParser().parse("\nthe only paragraph of the file .\n")
        #expect(article.title == "the only paragraph of the file .")
        #expect(article.passages.map(\.text) == ["the only paragraph of the file ."])
        #expect(article.passages.first?.number == 0)
    }

    @Test func aRunOfTitleCaseLinesIsAListNotHeadings() {
        let text = "Directory\n\nIt lists:\n\nInformation Centers\n\nData Banks\n\nResearch Centers\n\nMore from Us\n\nA closing paragraph."
        let article = TextArticleParser().parse(text)
        #expect(article.passages.map(\.text) == ["It lists:", "Information Centers", "Data Banks", "Research Centers", "A closing paragraph."])
        #expect(article.passages.last?.section == "More from Us")
    }
}
