import ArgumentParser
import Indexer

@main
struct SearchCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search-cli",
        abstract: "Full-text search over a folder of news articles: paragraphs and photo captions, ranked.",
        discussion: """
        The index lives in the folder given by --index, else in $\(IndexOptions.environmentVariable), \
        else in \(IndexOptions.defaultDescription).

        \(ExitStatus.documentation)
        """,
        version: "search-cli 0.1 (Xapian \(Database.versionString))",
        subcommands: [IndexCommand.self, SearchCommand.self, SimilarCommand.self, DuplicatesCommand.self, ServeCommand.self, WatchCommand.self]
    )

    /// Parses (a query may start with `-`: `QueryArguments`) and runs; a bad
    /// argument is one line on standard error and exit 64.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let problem = CommandSuggestion.problem(arguments) {
            Terminal.standardError("search-cli: error: \(problem)")
            exit(withError: ExitCode(ExitStatus.usage))
        }
        do {
            var command = try parseAsRoot(QueryArguments.rewrite(arguments))
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            UsageLine.exit(error)
        }
    }
}
