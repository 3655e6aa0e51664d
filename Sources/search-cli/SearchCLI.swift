import ArgumentParser
import Indexer

@main
struct SearchCLI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search-cli",
        abstract: "Full-text search over a folder of news articles: paragraphs and photo captions, ranked.",
        discussion: """
        The index lives in the folder given by --index, else in $\(IndexOptions.environmentVariable), \
        else in \(IndexOptions.defaultDescription).

        \(ExitStatus.documentation)
        """,
        version: "search-cli 0.1 (Xapian \(Database.versionString))",
        subcommands: [IndexCommand.self, SearchCommand.self, SimilarCommand.self]
    )
}
