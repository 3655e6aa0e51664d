import Foundation
@testable import Indexer
import Testing
import TestSupport
@testable import search_cli

/// Results fit the terminal: titles cut and snippets wrapped at word
/// boundaries, ranks aligned past 9; the progress bar fits any width.
@Suite struct TextLayoutTests {
    @Test func snippetsWrapAtSpacesAndMarksStayWhole() {
        let pieces = [TextWrap.Piece(text: "Leaders of Israel and ", isMatch: false),
                      TextWrap.Piece(text: "Iran", isMatch: true),
                      TextWrap.Piece(text: " in front of fighter jets over the Gulf.", isMatch: false)]
        let lines = TextWrap.lines(pieces, width: 20, highlight: .brackets)
        #expect(lines == ["Leaders of Israel", "and [Iran] in front", "of fighter jets over", "the Gulf."])
        let bold = TextWrap.lines(pieces, width: 20, highlight: .bold)
        #expect(bold[1] == "and \u{1B}[1mIran\u{1B}[22m in front of")  // escapes take no columns
    }

    @Test func aWordWiderThanTheLineIsCut() {
        let text = "see https://example.com/a/very/long/path/indeed ok"
        let lines = TextWrap.lines([TextWrap.Piece(text: text, isMatch: false)], width: 16, highlight: .none)
        #expect(lines.allSatisfy { $0.count <= 16 }, "\(lines)")
        #expect(lines.first == "see" && lines.last?.hasSuffix(" ok") == true, "\(lines)")
        #expect(lines.joined().replacingOccurrences(of: " ", with: "") == text.replacingOccurrences(of: " ", with: ""))
    }

    @Test func titlesAreCutAtAWordWithAnEllipsis() {
        #expect(TextWrap.cut("A US / European Rift Over 5G and Everything After", width: 24) == "A US / European Rift…")
        #expect(TextWrap.cut("Short title", width: 24) == "Short title")
        #expect(TextWrap.cut("Supercalifragilisticexpialidocious", width: 10) == "Supercali…")
    }

    @Test func ranksAlignPastNineAndLinesFitTheWidth() throws {
        let temp = TempFolder()
        Fixtures.generatedCorpus(60, into: temp("corpus"))
        try Fixtures.build(temp("corpus"), temp("index"))
        let results = try Fixtures.search(temp("index"), "oil prices", limit: 12)
        try #require(results.hits.count == 12)
        let text = HitRenderer(highlight: .brackets, width: 50).render(results)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 49 }, "\(text)")
        #expect(lines.contains { $0.hasPrefix(" 9. ") } && lines.contains { $0.hasPrefix("10. ") }, "\(text)")
        #expect(!lines.contains { $0.hasPrefix("1. ") })
        // Every line under a title is indented 4 spaces, past "10. ".
        for line in lines where line.hasPrefix(" ") && !line.drop(while: { $0 == " " }).first!.isNumber {
            #expect(line.hasPrefix("    ") && !line.hasPrefix("     "), "\(line)")
        }
        // A pipe (no width) keeps each snippet on one line, as it was.
        let piped = HitRenderer(highlight: .brackets, width: nil).render(results)
        #expect(piped.split(separator: "\n").count < lines.count)
    }

    @Test(arguments: [40, 80, 120])
    func theProgressBarFitsTheTerminal(columns: Int) {
        let early = BuildProgress(filesDone: 1_234, filesTotal: 19_043, passages: 123_456)
        let soon = ProgressBar.line(early, elapsed: 0.5, width: columns - 1)
        let later = ProgressBar.line(early, elapsed: 30, width: columns - 1)
        #expect(soon.count <= columns - 1 && later.count <= columns - 1, "\(soon) | \(later)")
        #expect(soon.contains("1,234/19,043 files") && later.contains("1,234/19,043 files"))
        if columns >= 120 {
            #expect(later.contains("41 files/s") && later.contains("7 min 13 s left"), "\(later)")
            #expect(!soon.contains("left"))  // no rate in the first two seconds
        }
    }
}
