import Foundation
import TestSupport

/// A small corpus where files and articles differ: a JSON Lines feed of three
/// articles (the first with five passages about a ferry strike, a byline, and a
/// passage that names the strike only in its title) beside a plain text article.
struct NewsFeedCorpus {
    let folder = TempFolder()
    var corpus: String { folder("corpus") }
    var index: String { folder("index") }

    init() throws {
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let strike = [
            "The ferry workers at the harbour walked out on Monday.",
            "Commuters queued for hours at the harbour as the ferry stayed moored.",
            "Unions said the ferry stoppage would go on until the pay offer improved.",
            "The city council called the dispute a disaster for the island's ferry routes.",
            "A fifth ferry paragraph: talks resume on Friday.",
            "Shops on the island reported empty aisles by midweek.",
        ]
        let lines = [
            ["title": "Harbour strike halts island crossings", "text": strike.joined(separator: "\n\n"),
             "date": "2024-04-02", "author": "Ines Okafor"],
            ["title": "Solar farm opens", "text": "A solar farm opened near the harbour.\n\nThe ferry to the farm was full.",
             "date": "2024-04-20"],
            ["title": "Budget talks stall", "text": "Ministers argued over the budget until late.\n\nNo word yet on a ferry subsidy.",
             "date": "2024-05-01"],
        ]
        let feed = try lines.map { String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]), as: UTF8.self) }
        try (feed.joined(separator: "\n") + "\n").write(toFile: corpus + "/feed.jsonl", atomically: true, encoding: .utf8)
        try "Ferry timetable changes\n\nThe ferry timetable changes next week at the harbour.\n"
            .write(toFile: corpus + "/timetable.txt", atomically: true, encoding: .utf8)
        let out = try CLI.run(["index", "build", corpus, "--index", index])
        guard out.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: out.stderr]) }
    }

    /// search-cli `arguments` against this index.
    func run(_ arguments: [String]) throws -> CLI.Output {
        try CLI.run(arguments + ["--index", index])
    }

    /// The one JSON object `arguments` print.
    func json(_ arguments: [String]) throws -> [String: Any] {
        let out = try run(arguments)
        guard out.status == 0, let object = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any] else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "\(arguments): \(out.status) \(out.stderr)"])
        }
        return object
    }
}
