import Foundation
import TestSupport

/// One index for the query tests, built once per test process: 200 generated
/// articles, and one article of 300 words starting with `zebu` for wildcard
/// expansion: `zebu001` … `zebu290` once each, `zebu291` … `zebu300` in every
/// paragraph, and a last paragraph of those ten alone (which only a wildcard
/// keeping the most frequent words, not the first ones, finds). In two shards,
/// as on a machine of two cores or more.
enum QueryFixture {
    static let wildcardWords = 300

    static let index: String = {
        let root = TempFolder.runFolder + "/query-fixture"
        Fixtures.generatedCorpus(200, into: root + "/corpus")
        Fixtures.write(zebuArticle, to: root + "/corpus/zebu.txt")
        let out = try! CLI.run(["index", "build", root + "/corpus", "--index", root + "/index", "--shards", "2"])
        precondition(out.status == 0, "the query fixture did not build: \(out.stderr)")
        return root + "/index"
    }()

    /// A passage id of the index, as search prints it.
    static let passage = "zebu.txt#1"

    private static var zebuArticle: String {
        let words = (1...wildcardWords).map { String(format: "zebu%03d", $0) }
        let frequent = words.suffix(10).joined(separator: " ")
        let rare = Array(words.dropLast(10))
        let paragraphs = stride(from: 0, to: rare.count, by: 30).map { start in
            "Herders counted " + rare[start..<min(start + 30, rare.count)].joined(separator: " ") + " and " + frequent + "."
        }
        return (["Zebu herds of the plains"] + paragraphs + ["Only " + frequent + " grazed."]).joined(separator: "\n\n") + "\n"
    }

    /// Runs search-cli against the fixture index (`--index` right after the
    /// subcommand, so that it stays before any `--`).
    @discardableResult
    static func run(_ arguments: [String]) throws -> CLI.Output {
        try CLI.run([arguments[0], "--index", index] + arguments.dropFirst())
    }

    /// The lines of standard error.
    static func lines(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
    }
}
