import ArgumentParser
import Foundation
import Indexer

/// How many results, how many per article, and in which form: shared by
/// `search` and `similar`.
struct ResultOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Results to show (\(Digits.range(QueryLimits.limitRange)); with --group, articles).", valueName: "limit"))
    var limit = 10

    @Option(help: ArgumentHelp("At most this many passages per article (0: no limit; at most \(Digits.grouped(QueryLimits.perArticleRange.upperBound))). Default: 2, or 3 under each article with --group.", valueName: "n"))
    var perArticle: Int?

    @Option(help: ArgumentHelp("What to print: text (default); json (one object, as --json); paths (each matching file's absolute path, once, best first, as rg -l); count (the exact number of matching passages, or articles with --group, as rg -c).", valueName: "text|json|paths|count"))
    var output: OutputMode?

    @Option(help: ArgumentHelp("Near-identical copies (the same story republished, the same photo caption on several pages): collapse (default) shows each story once, as its best article, with +N near-identical copies; show lists every copy, each marked with its story.", valueName: "collapse|show"))
    var duplicates: DuplicateMode = .collapse

    @Flag(help: "Print one JSON object instead of text (--output json).")
    var json = false

    /// What to print: `--output`, else json for `--json`, else text.
    var mode: OutputMode { output ?? (json ? .json : .text) }

    @Option(help: ArgumentHelp("Mark matches in bold: auto (on a terminal, unless NO_COLOR is set or TERM=dumb; elsewhere [brackets], the text's own brackets escaped as \\[ \\]), always (bold even into a pipe, for less -R), or never (no marks).", valueName: "when"))
    var color: ColorChoice = .auto

    func validate() throws {
        if json, let output, output != .json { throw ValidationError("--json and --output \(output.rawValue) ask for two outputs; give one") }
        try OptionRange.check(limit, QueryLimits.limitRange, option: "--limit")
        if let perArticle { try OptionRange.check(perArticle, QueryLimits.perArticleRange, option: "--per-article") }
    }

    /// How matches are marked on standard output (`--color`, `NO_COLOR`, `TERM`).
    var highlight: Highlight {
        color.highlight(environment: ProcessInfo.processInfo.environment, stdoutIsTTY: Terminal.stdoutIsTTY)
    }

    /// The per-article limit, with its default for plain or grouped results.
    func perArticle(grouped: Bool = false) -> Int { perArticle ?? (grouped ? 3 : 2) }
}
