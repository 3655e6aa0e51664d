import Foundation
import Testing
import TestSupport

/// `--explain` explains the ranking that is shown: the same passages in the
/// same order with the same scores as without it, feedback included, and each
/// hit's contributions (the feedback terms marked) add up to its score.
@Suite struct ExplainFeedbackTests {
    let temp = TempFolder()
    var index: String { temp("index") }

    init() throws {
        Fixtures.generatedCorpus(80, into: temp("corpus"))
        let out = try CLI.run(["index", "build", temp("corpus"), "--index", temp("index")])
        #expect(out.status == 0, "\(out.stderr)")
    }

    private func results(_ arguments: [String]) throws -> [[String: Any]] {
        let out = try CLI.run(arguments + ["--index", index, "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        return try #require(json["results"] as? [[String: Any]])
    }

    @Test(arguments: ["oil prices", "central bank rate", "minister"])
    func explainShowsTheSameRankingWithFeedback(query: String) throws {
        let shown = try results(["search", query, "-l", "20"])
        let explained = try results(["search", query, "-l", "20", "--explain"])
        #expect(shown.count > 5)
        #expect(shown.compactMap { $0["id"] as? String } == explained.compactMap { $0["id"] as? String })
        #expect(shown.compactMap { $0["score"] as? Double } == explained.compactMap { $0["score"] as? Double })
        var feedbackTerms = 0
        for hit in explained {
            let terms = try #require(hit["explanation"] as? [[String: Any]])
            feedbackTerms += terms.filter { $0["feedback"] as? Bool == true }.count
            let sum = terms.compactMap { $0["weight"] as? Double }.reduce(0, +)
            let score = try #require(hit["score"] as? Double)
            #expect(abs(sum - score) < 1e-6 * max(1, score), "\(hit["id"] ?? ""): \(terms) add up to \(sum), not \(score)")
        }
        #expect(feedbackTerms > 0, "no feedback term explained for \(query)")
    }

    @Test func withoutFeedbackNoTermIsMarkedFeedback() throws {
        let explained = try results(["search", "oil prices", "--explain", "--no-feedback"])
        #expect(!explained.isEmpty)
        for hit in explained {
            #expect((hit["explanation"] as? [[String: Any]] ?? []).allSatisfy { $0["feedback"] == nil })
        }
    }

    @Test func textListsFeedbackTermsApart() throws {
        let out = try CLI.run(["search", "oil prices", "--explain", "-l", "3", "--index", index])
        #expect(out.stdout.contains("; feedback: "), "\(out.stdout)")
    }
}
