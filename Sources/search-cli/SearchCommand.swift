import ArgumentParser
import Foundation
import Indexer

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the index; print the best-matching paragraphs and photo captions.",
        discussion: """
        Query syntax (Xapian's): words are ORed and ranked by BM25; "exact phrases"; AND, OR, NOT \
        (upper case); +required and -excluded words; (brackets); NEAR and ADJ (huawei NEAR/5 ban); \
        trailing wildcards (telecom*); ~word expands its synonyms (~us: US, United States, America). \
        Fields: title:, caption: (words in photo captions), credit: (credit:reuters, \
        credit:"jess frampton"), section:, byline: (or author:), place:; filters kind:paragraph, \
        kind:caption, format:html (text, html, markdown, jsonl), path: or file: (a file or a folder: \
        path:reuters), and dates: date:2024-04-01..2024-04-30, after:2024-04-01, before:2024-04-30. \
        Words are stemmed, so "banning" also finds "ban". A query with a syntax error is searched as \
        plain words, with a note. A misspelt query gets "Did you mean: ...?"; --correct searches the \
        suggestion. A query may start with - (search "-espionage oil"); a word that looks like an \
        option goes after -- (search -- --word).

        \(Self.limitsHelp)

        \(ExitStatus.summary([0, 1, 64, 65, 66, 77]))
        """
    )

    /// `QueryLimits.standard`, as --help says it.
    static var limitsHelp: String {
        let limits = QueryLimits.standard
        return "Limits on one query: at most \(Digits.grouped(limits.maxBytes)) bytes (else exit 64); its first " +
            "\(limits.maxWords) words are searched, with at most \(limits.maxTerms) terms once synonyms are expanded; " +
            "its first \(limits.maxWildcards) wildcards expand, to their \(limits.maxWildcardTerms) most frequent words " +
            "together; counting every match (--facets, --group) stops after \(Int(limits.timeLimit)) s. Each cut is a " +
            "note on stderr (\"notes\" in --json)."
    }

    @Argument(help: ArgumentHelp(
        "The query: one argument or several words (omit it with --batch).",
        discussion: "A query may start with - (-espionage oil). A word that looks like an option (--word, or -x) goes after --: search -- --limit.",
        valueName: "query"), completion: .custom { _, _, prefix in QueryCompletion.candidates(prefix) })
    var words: [String] = []

    /// The words of the query, joined by spaces (nil when none were given).
    var query: String? { words.isEmpty ? nil : words.joined(separator: " ") }

    @Option(help: ArgumentHelp("Run every query in FILE (one per line; - for standard input; blank lines and lines starting with # are skipped) and print one JSON object per query as soon as it is answered, each with the microseconds it took (took_us); with --group, grouped objects.", valueName: "file"), completion: .file())
    var batch: String?

    @Flag(help: ArgumentHelp("With --batch: run every query once untimed first (warm caches), and add each query's exact match count (matches), counted outside took_us.", visibility: .hidden))
    var bench = false

    @OptionGroup var location: IndexOptions

    @OptionGroup var output: ResultOptions

    @Option(help: ArgumentHelp("Results to skip, for paging (\(Digits.range(QueryLimits.offsetRange))).", valueName: "offset"))
    var offset = 0

    @Option(help: ArgumentHelp("Result order: relevance, date (newest first), path (file, then passage) or path-desc.", valueName: "order"))
    var sort: SearchSort = .relevance

    @Flag(help: "Show results grouped by article, or by story when its copies collapse: its title once, its best passages (--per-article, default 3), and its near-identical copies.")
    var group = false

    @Flag(help: "Count results by kind, section, credit and article over the whole match set, and the matching articles and stories.")
    var facets = false

    @Flag(help: "Show which query terms matched each result, and how much each contributed.")
    var explain = false

    @Flag(help: "Search with the spelling suggestion when words look misspelt.")
    var correct = false

    @Flag(help: "Expand every word that has synonyms (~word expands one).")
    var synonyms = false

    @Flag(inversion: .prefixedNo,
          help: "Pseudo-relevance feedback: the words of the best passages reorder the top 20 (on by default; --no-feedback ranks by the query's words alone).")
    var feedback = true


    @Flag(help: "On a front index (index federate): when a remote shard does not answer, search the others and name the missing one (a note on stderr, \"missing_shards\" in --json) rather than fail with exit 1.")
    var allowPartial = false

    @Flag(name: .shortAndLong, help: "Log details on stderr.")
    var verbose = false

    func validate() throws {
        guard (query == nil) != (batch == nil) else { throw ValidationError("give either a query or --batch FILE") }
        try OptionRange.check(offset, QueryLimits.offsetRange, option: "--offset")
        let mode = output.mode
        if batch != nil, mode != .json, output.output != nil {
            throw ValidationError("--batch prints one JSON object per query; --output \(mode.rawValue) does not apply to it")
        }
        if bench, group { throw ValidationError("--bench counts passages; it does not apply to --group") }
        if mode == .paths || mode == .count {
            for (flag, given) in [("--explain", explain), ("--facets", facets)] where given {
                throw ValidationError("\(flag) has nothing to show with --output \(mode.rawValue)")
            }
        }
    }

    func run() throws {
        if let query, query.allSatisfy(\.isWhitespace) {
            throw ExitStatus.fail(SearchError.emptyQuery.description, code: ExitStatus.usage)
        }
        do {
            let searcher = try location.searcher(verbose: verbose, allowPartial: allowPartial)
            if let batch {
                try BatchSearch(searcher: searcher, template: request(""), grouped: group, bench: bench).run(file: batch)
                return
            }
            let request = request(query ?? "")
            switch output.mode {
            case .count:
                let count = try searcher.count(request)
                Notes.limits(count.notes)
                Notes.missing(searcher.missingShards)
                print(group ? (request.duplicates == .collapse ? count.stories : count.articles) : count.passages)
            case .paths where group:
                PathList.print(try searcher.searchGrouped(request).groups.map(\.path), corpus: searcher.corpus)
                Notes.missing(searcher.missingShards)
            case .paths:
                PathList.print(try searcher.search(request).hits.map(\.passage.path), corpus: searcher.corpus)
                Notes.missing(searcher.missingShards)
            case .text, .json:
                if group {
                    try show(try searcher.searchGrouped(request), freshness: try? searcher.freshness())
                } else {
                    try show(try searcher.search(request), freshness: try? searcher.freshness())
                }
            }
        } catch let error as SearchError {
            throw ExitStatus.fail(error)
        } catch let error as CocoaError {
            // --batch FILE that cannot be read.
            throw ExitStatus.fail(ErrorText.line(error, reading: "the batch file"), code: ExitStatus.usage)
        }
    }

    private func request(_ text: String) -> SearchRequest {
        var request = SearchRequest(query: text, limit: output.limit, offset: offset, perArticle: output.perArticle(grouped: group))
        request.sort = sort
        request.facets = facets
        request.explain = explain
        request.correctSpelling = correct
        request.expandSynonyms = synonyms
        request.feedback = feedback
        request.duplicates = output.duplicates
        return request
    }

    private func show(_ results: SearchResults, freshness: IndexFreshness?) throws {
        Notes.syntaxError(query: results.query, results.syntaxError)
        Notes.limits(results.notes)
        Notes.missing(results.missingShards)
        if output.mode == .json {
            let json = SearchJSON(results)
            print(try (freshness.map(json.with) ?? json).encoded())
        } else {
            print(HitRenderer(highlight: output.highlight, explain: explain).render(results), terminator: "")
            if let line = freshness.flatMap({ FreshnessLine.text($0) }) { print(line) }
        }
    }

    private func show(_ results: GroupedResults, freshness: IndexFreshness?) throws {
        Notes.syntaxError(query: results.query, results.syntaxError)
        Notes.limits(results.notes)
        Notes.missing(results.missingShards)
        if output.mode == .json {
            let json = GroupedJSON(results)
            print(try (freshness.map(json.with) ?? json).encoded())
        } else {
            print(HitRenderer(highlight: output.highlight, explain: explain).render(results), terminator: "")
            if let line = freshness.flatMap({ FreshnessLine.text($0) }) { print(line) }
        }
    }
}
