import ArgumentParser

/// How many results, how many per article, and in which form: shared by
/// `search` and `similar`.
struct ResultOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Results to show.")
    var limit = 10

    @Option(help: ArgumentHelp("At most this many passages per article (0: no limit). Default: 2, or 3 under each article with --group.", valueName: "n"))
    var perArticle: Int?

    @Flag(help: "Print one JSON object instead of text.")
    var json = false

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
        if let perArticle, perArticle < 0 { throw ValidationError("--per-article must be 0 or more") }
    }

    /// The per-article limit, with its default for plain or grouped results.
    func perArticle(grouped: Bool = false) -> Int { perArticle ?? (grouped ? 3 : 2) }
}
