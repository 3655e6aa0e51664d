import Foundation
import Testing
import TestSupport

/// Every search answer says how fresh the index is: a line under the text
/// results, and `index_built_at`, `index_generation`, `build_sequence` in JSON.
@Suite struct FreshnessTests {
    @Test func searchSaysWhenTheIndexWasBuiltAndItsGeneration() throws {
        let f = try WatchFixture(articles: 4)
        let before = Date()
        let text = try f.run(["search", "oil"])
        #expect(text.status == 0)
        let last = text.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix("Index built ") && last.hasSuffix("; 2 watches."), "\(text.stdout)")
        try CLI.expectSuccess(["index", "build", f.corpus, "--index", f.index, "--full"])
        for arguments in [["search", "oil", "--json"], ["search", "oil", "--json", "--group"]] {
            let out = try f.run(arguments)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
            #expect(object["build_sequence"] as? Int == 2, "\(arguments)")
            #expect(object["index_generation"] as? String == "gen-2", "\(arguments): \(out.stdout.prefix(300))")
            let built = try #require(object["index_built_at"] as? String)
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            let date = try #require(formatter.date(from: built))
            #expect(date >= before.addingTimeInterval(-1) && date <= Date(), "\(built)")
        }
    }
}
