import Foundation
import TestSupport

/// One index for the duplicate tests, built once per test process: 40
/// generated articles; one story five times (`story/copy-N.txt`: the
/// original and four copies, each with one edit of republishing), all
/// holding the word `quorvane`; two different earnings reports
/// (`earnings/`); and three unrelated pages with the same photo caption,
/// the only text holding `glimmerhaven` (`pages/`).
enum StoryCorpus {
    static let storyWord = "quorvane"
    static let captionWord = "glimmerhaven"
    static let copies = 5

    static let index: String = {
        let root = TempFolder.runFolder + "/story-corpus"
        let corpus = root + "/corpus"
        let generator = ArticleGenerator(seed: 7)
        generator.writeCorpus(count: 40, into: corpus)
        let story = ArticleGenerator.republished(generator.longArticle(from: 500),
                                                 marker: "Officials at the Quorvane consortium declined to comment.")
        for (n, text) in story.enumerated() { Fixtures.write(text, to: corpus + "/story/copy-\(n + 1).txt") }
        Fixtures.write(generator.earningsReport(1), to: corpus + "/earnings/report-a.txt")
        Fixtures.write(generator.earningsReport(2), to: corpus + "/earnings/report-b.txt")
        let caption = "Cranes lift containers at the Glimmerhaven terminal in Rotterdam, March 3, 2024.\nREUTERS/Ana Silva"
        for n in 1...3 {
            Fixtures.write(ArticleGenerator.withCaption(generator.article(600 + n * 7), caption: caption),
                           to: corpus + "/pages/page-\(n).txt")
        }
        let out = try! CLI.run(["index", "build", corpus, "--index", root + "/index"])
        precondition(out.status == 0, "the story corpus did not build: \(out.stderr)")
        return root + "/index"
    }()

    /// search-cli `arguments` (a subcommand first) against the index.
    @discardableResult
    static func run(_ arguments: [String]) throws -> CLI.Output {
        try CLI.run([arguments[0], "--index", index] + arguments.dropFirst())
    }

    /// The one JSON object `arguments` print; its schema's problems are expected to be none.
    static func json(_ arguments: [String]) throws -> [String: Any] {
        let out = try run(arguments)
        guard out.status == 0, let object = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any] else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "\(arguments): \(out.status) \(out.stderr)"])
        }
        return object
    }

    /// The results of a search object.
    static func results(_ object: [String: Any]) -> [[String: Any]] { object["results"] as? [[String: Any]] ?? [] }
}
