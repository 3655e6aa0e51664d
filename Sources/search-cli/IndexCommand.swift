import ArgumentParser

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build and inspect the index.",
        subcommands: [BuildCommand.self, StatusCommand.self, CheckCommand.self, ServeShardsCommand.self, FederateCommand.self]
    )
}
