import Testing
@testable import Indexer
import TestSupport

@Suite struct HeuristicsTests {
    @Test(arguments: ["REUTERS/Ralph Tedy Erol", "David Talukdar/NurPhoto via Reuters", "Jess Frampton",
                      "AP Photo/Evan Vucci", "Getty Images", "Photo: Reuters"])
    func creditLinesAreRecognised(_ line: String) {
        #expect(Heuristics.isCredit(line))
    }

    @Test(arguments: ["The venture will be called BP/Standard Financial Trading.", "More from GZERO Media seems fine:",
                      "Shr 12 cts vs 10 cts", "people gather as they watch"])
    func sentencesAreNotCredits(_ line: String) {
        #expect(!Heuristics.isCredit(line))
    }

    @Test func headingsAreShortAndUnpunctuated() {
        #expect(Heuristics.isHeading("More from GZERO Media"))
        #expect(!Heuristics.isHeading("So, why are US allies reluctant to ban Huawei? There are a few factors at play:"))
        #expect(!Heuristics.isHeading("It was a bad year."))
    }

    @Test func datelines() {
        #expect(Heuristics.isDateline("NEW YORK, Feb 26"))
        #expect(Heuristics.isDateline("WASHINGTON, March 3"))
        #expect(!Heuristics.isDateline("More from GZERO Media"))
        #expect(Heuristics.isDateline("PORTLAND, Ore., Feb 26"))
        #expect(Heuristics.isDateline("Toronto, Feb 26"))
        #expect(!Heuristics.isDateline("Sales rose 12 pct in Feb 26"))
    }
}
