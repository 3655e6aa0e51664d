import ArgumentParser
import Foundation
import Indexer

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the index; print the best-matching paragraphs and photo captions.",
        discussion: """
        Query syntax (Xapian's): words are ORed and ranked by BM25; "exact phrases"; AND, OR, NOT \
        (upper case); +required and -excluded words; (brackets); trailing wildcards (telecom*); \
        fields title:, credit:, section: and kind:paragraph or kind:caption. Words are stemmed, so \
        "banning" also finds "ban". A query with a syntax error is searched as plain words, with a note.

        \(ExitStatus.documentation)
        """
    )

    @Argument(help: "The query (omit it with --batch).")
    var query: String?

    @Option(help: ArgumentHelp("Run every query in FILE (one per line; - for standard input; blank lines and lines starting with # are skipped) and print one JSON object per query, each with the microseconds it took (took_us).", valueName: "file"))
    var batch: String?

    @Flag(help: ArgumentHelp("With --batch: run every query once untimed first (warm caches), and add each query's exact match count (matches), counted outside took_us.", visibility: .hidden))
    var bench = false

    @OptionGroup var location: IndexOptions

    @Option(name: .shortAndLong, help: "Results to show.")
    var limit = 10

    @Option(help: "Results to skip (for paging).")
    var offset = 0

    @Option(help: "At most this many passages per article (0: no limit).")
    var perArticle = 2

    @Flag(help: "Print one JSON object instead of text.")
    var json = false

    @Flag(name: .shortAndLong, help: "Log details on stderr.")
    var verbose = false

    func validate() throws {
        guard (query == nil) != (batch == nil) else { throw ValidationError("give either a query or --batch FILE") }
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
        guard offset >= 0 else { throw ValidationError("--offset must be 0 or more") }
        guard perArticle >= 0 else { throw ValidationError("--per-article must be 0 or more") }
    }

    func run() throws {
        if let query, query.allSatisfy(\.isWhitespace) {
            throw ExitStatus.fail(SearchError.emptyQuery.description, code: ExitStatus.usage)
        }
        do {
            let searcher = try Searcher(index: location.path, logger: CLILogHandler.logger(verbose: verbose))
            if let batch {
                try BatchSearch(searcher: searcher, template: request(""), bench: bench).run(file: batch)
            } else {
                try show(try searcher.search(request(query ?? "")))
            }
        } catch let error as SearchError {
            switch error {
            case .noIndex: throw ExitStatus.fail(error.description, code: ExitStatus.noIndex)
            case .emptyQuery: throw ExitStatus.fail(error.description, code: ExitStatus.usage)
            case .xapian: throw ExitStatus.fail(error.description, code: ExitStatus.failure)
            }
        }
    }

    private func request(_ text: String) -> SearchRequest {
        SearchRequest(query: text, limit: limit, offset: offset, perArticle: perArticle)
    }

    private func show(_ results: SearchResults) throws {
        if let syntaxError = results.syntaxError {
            Terminal.standardError("search-cli: note: query \"\(Terminal.clean(results.query))\" has a syntax error (\(syntaxError)); searched for its plain words instead")
        }
        if json {
            print(try SearchJSON.encode(results))
        } else {
            print(HitRenderer(highlight: Terminal.stdoutIsTTY ? .bold : .brackets).render(results), terminator: "")
        }
    }
}
