import ArgumentParser
import Foundation
import Indexer

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the index for damage: the stub file, each shard folder, and every block of every shard.",
        discussion: """
        Each shard is read in full by Xapian's Database::check (as xapian-check does), so this takes \
        longer than `index status`, which only opens the shards and reads in full those changed since \
        they last passed. Each problem is one line on stderr naming the damaged file; a damaged index \
        exits 65, and `search-cli index build <corpus> --full` rebuilds it.

        \(ExitStatus.summary([0, 1, 65, 66, 77]))
        """
    )

    @OptionGroup var location: IndexOptions

    @Flag(help: "Print the findings as one JSON object.")
    var json = false

    func run() throws {
        let layout = IndexLayout(root: location.path)
        if let why = layout.readProblem {
            throw ExitStatus.fail(IndexError.cannotRead(layout.root, why).description, code: ExitStatus.noPermission)
        }
        guard layout.exists else {
            throw ExitStatus.fail(IndexError.noIndex(layout.root).description, code: ExitStatus.noIndex)
        }
        let report = IndexCheck.run(layout, .full)
        if json {
            print(try JSONOutput.encode(CheckJSON(report)))
            if report.isDamaged { throw ExitCode(ExitStatus.damaged) }
            return
        }
        guard let damage = report.damage else {
            if let down = report.remotesDown { throw ExitStatus.fail(down, code: ExitStatus.failure) }
            let shards = report.shards.count
            print("Index OK: \(shards) \(SummaryText.plural(shards, "shard")), \(report.documents) \(SummaryText.plural(report.documents, "document"))")
            return
        }
        for problem in damage.problems {
            Terminal.standardError("search-cli: error: \(Terminal.clean(damage.line(for: problem)))")
        }
        throw ExitCode(ExitStatus.damaged)
    }
}
