import Foundation
import TestSupport

/// One index for the duplicate tests, built once per test process from
/// `ArticleGenerator.writeStoryCorpus`: one story five times (the original
/// and four copies, each with one edit of republishing), all holding the word
/// `quorvane`, two earnings reports, and three unrelated pages with the same
/// photo caption, the only text holding `glimmerhaven`.
enum StoryCorpus {
    static let storyWord = "quorvane"
    static let captionWord = "glimmerhaven"
    static let copies = 5

    static let index: String = {
        let root = TempFolder.runFolder + "/story-corpus"
        let corpus = root + "/corpus"
        ArticleGenerator.writeStoryCorpus(into: corpus)
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
