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
        fields title:, credit:, section:, byline: (or author:), place:, kind:paragraph or kind:caption, \
        format:html (text, html, markdown, jsonl), and dates: date:2024-04-01..2024-04-30, \
        after:2024-04-01, before:2024-04-30. Words are stemmed, so \
        "banning" also finds "ban". A query with a syntax error is searched as plain words, with a note.

        \(ExitStatus.documentation)
        """
    )

    @Argument(help: "The query.")
    var query: String

    @OptionGroup var location: IndexOptions

    @Option(name: .shortAndLong, help: "Results to show.")
    var limit = 10

    @Option(help: "Results to skip (for paging).")
    var offset = 0

    @Option(help: "At most this many passages per article (0: no limit).")
    var perArticle = 2

    @Option(help: "Order: relevance, or date (newest first).")
    var sort: SearchSortOption = .relevance

    @Flag(help: "Print one JSON object instead of text.")
    var json = false

    @Flag(name: .shortAndLong, help: "Log details on stderr.")
    var verbose = false

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
        guard offset >= 0 else { throw ValidationError("--offset must be 0 or more") }
        guard perArticle >= 0 else { throw ValidationError("--per-article must be 0 or more") }
    }

    func run() throws {
        guard !query.allSatisfy(\.isWhitespace) else {
            throw ExitStatus.fail(SearchError.emptyQuery.description, code: ExitStatus.usage)
        }
        let results: SearchResults
        do {
            let searcher = try Searcher(index: location.path, logger: CLILogHandler.logger(verbose: verbose))
            var request = SearchRequest(query: query, limit: limit, offset: offset, perArticle: perArticle)
            request.sort = sort.order
            results = try searcher.search(request)
        } catch let error as SearchError {
            switch error {
            case .noIndex: throw ExitStatus.fail(error.description, code: ExitStatus.noIndex)
            case .emptyQuery: throw ExitStatus.fail(error.description, code: ExitStatus.usage)
            case .xapian: throw ExitStatus.fail(error.description, code: ExitStatus.failure)
            }
        }
        if let syntaxError = results.syntaxError {
            Terminal.standardError("search-cli: note: query \"\(Terminal.clean(query))\" has a syntax error (\(syntaxError)); searched for its plain words instead")
        }
        if json {
            print(try SearchJSON.encode(results))
        } else {
            print(HitRenderer(highlight: Terminal.stdoutIsTTY ? .bold : .brackets).render(results), terminator: "")
        }
    }
}
