import ArgumentParser
import Foundation
import Indexer

struct SimilarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "similar",
        abstract: "Find passages like a given one (relevance feedback), and say which terms it used.",
        discussion: """
        The passage is given as search prints it: path#number (000_b7f96fcc7f242880.txt#1). Its most \
        telling terms (Xapian's ESet over the passage as the relevant set) are searched for, and the \
        passage itself is left out.

        \(ExitStatus.summary([0, 1, 64, 65, 66, 77]))
        """
    )

    @Argument(help: ArgumentHelp("The passage: path#number.", valueName: "path#passage"))
    var passage: String

    @OptionGroup var location: IndexOptions

    @OptionGroup var output: ResultOptions

    func validate() throws {
        // Xapian counts similar passages only as an estimate: no exact count to print.
        if output.mode == .count { throw ValidationError("similar has no exact count; --json gives its estimated_total") }
    }

    func run() throws {
        let similar: SimilarResults
        do {
            let searcher = try location.searcher(verbose: false)
            var request = SearchRequest(query: passage, limit: output.limit, perArticle: output.perArticle())
            request.duplicates = output.duplicates
            similar = try searcher.similar(to: passage, request: request)
        } catch let error as SearchError {
            throw ExitStatus.fail(error)
        }
        switch output.mode {
        case .json:
            print(try SearchJSON(similar).encoded())
        case .count:
            break  // refused in validate()
        case .paths:
            PathList.print(similar.results.hits.map(\.passage.path), corpus: similar.results.corpus)
        case .text:
            print("Passages like \(Terminal.clean(similar.source.id)) (\(Terminal.clean(similar.source.title)))")
            if let copies = similar.sourceDuplicates { print(Terminal.clean(CopiesLine.text(copies, lead: " of it, left out"))) }
            print(HitRenderer(highlight: output.highlight).render(similar.results), terminator: "")
        }
    }
}
