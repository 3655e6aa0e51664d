import ArgumentParser
import Foundation
import Indexer

/// Where the index lives: --index, then $SEARCH_CLI_INDEX, then the default.
struct IndexOptions: ParsableArguments {
    static let environmentVariable = "SEARCH_CLI_INDEX"
    static let defaultDescription = "$XDG_DATA_HOME/search-cli/index (~/.local/share/search-cli/index)"

    @Option(name: .long, help: ArgumentHelp(
        "Index folder.",
        discussion: "Default: $\(environmentVariable), else \(defaultDescription).",
        valueName: "dir"), completion: .directory)
    var index: String?

    var path: String {
        if let index { return index }
        let env = ProcessInfo.processInfo.environment
        if let fromEnv = env[Self.environmentVariable], !fromEnv.isEmpty { return fromEnv }
        let dataHome = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() + "/.local/share")
        return dataHome + "/search-cli/index"
    }
}

extension IndexOptions {
    /// A searcher over this index, with the ranking and query limits of
    /// `$SEARCH_CLI_RANKING` and `$SEARCH_CLI_QUERY_LIMITS` (the library reads no
    /// environment itself).
    /// With `allowPartial`, a front index answers from the remote shards that answer.
    func searcher(verbose: Bool, allowPartial: Bool = false) throws -> Searcher {
        let env = ProcessInfo.processInfo.environment
        return try Searcher(index: path, logger: CLILogHandler.logger(verbose: verbose),
                            ranking: .fromEnvironment(env), limits: .fromEnvironment(env),
                            remote: RemoteShardOptions(allowPartial: allowPartial))
    }
}
