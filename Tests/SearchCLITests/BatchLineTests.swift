import Foundation
import Testing
import TestSupport

/// Issue 11: a --batch file has one query per `\n`-ended line. U+2028, U+0085
/// and a lone CR are part of a query; the CR of a CRLF line end is dropped.
@Suite struct BatchLineTests {
    @Test func linesEndAtNewlinesOnly() throws {
        let temp = TempFolder()
        Fixtures.write("oil\u{2028}prices\nbank\u{85}rate\ngrain\rwheat\ncorn\r\nmetal\u{2029}ship\u{0B}trade\u{0C}x", to: temp("q.txt"))
        let out = try QueryFixture.run(["search", "--batch", temp("q.txt")])
        #expect(out.status == 0, "\(out.stderr)")
        let queries = try out.stdout.split(separator: "\n").map {
            (try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["query"] as? String
        }
        #expect(queries == ["oil\u{2028}prices", "bank\u{85}rate", "grain\rwheat", "corn", "metal\u{2029}ship\u{0B}trade\u{0C}x"])
    }
}
