import ArgumentParser
import Foundation
import Indexer

struct FederateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "federate",
        abstract: "Make --index a front index over shards other machines serve (index serve-shards).",
        discussion: """
        The front folder gets a stub listing a small local database first (the shards' schema, \
        synonyms and merged spelling dictionary), then each remote shard. Every remote must answer \
        and share one schema. Run again with --refresh after the shard machines rebuild (a new \
        spelling dictionary or synonyms); searches see new passages without it.

        \(ExitStatus.summary([0, 1, 64, 65, 66, 73, 74, 77]))
        """
    )

    @OptionGroup var location: IndexOptions

    @Option(name: .customLong("remote"), help: ArgumentHelp("A shard server, HOST:PORT (repeat for each, in order).", valueName: "host:port"))
    var remotes: [String] = []

    @Flag(help: "Rebuild the front's local database from the remotes its stub already lists.")
    var refresh = false

    @Option(help: ArgumentHelp("Seconds to wait for each remote to answer.", valueName: "seconds"))
    var timeout: Double = 10

    func validate() throws {
        guard refresh != !remotes.isEmpty else { throw ValidationError("give --remote HOST:PORT (one per shard), or --refresh") }
        for remote in remotes where RemoteShard(parsing: remote) == nil {
            throw ValidationError("--remote '\(remote)' is not HOST:PORT")
        }
        guard timeout.isFinite, (0.1...3600).contains(timeout) else { throw ValidationError("--timeout must be from 0.1 to 3,600 seconds") }
    }

    func run() throws {
        let logger = CLILogHandler.logger(verbose: false)
        let summary: Federation.Summary
        do {
            summary = refresh
                ? try Federation.refresh(front: location.path, timeout: timeout, logger: logger)
                : try Federation.federate(front: location.path, remotes: remotes.compactMap(RemoteShard.init(parsing:)),
                                          timeout: timeout, logger: logger)
        } catch let error as SearchError {
            throw ExitStatus.fail(error)
        } catch let error as IndexError {
            throw ExitStatus.fail(error.description, code: BuildCommand.exitCode(error, signal: nil))
        }
        print("Federated \(summary.remotes.count) remote \(SummaryText.plural(summary.remotes.count, "shard")) (\(summary.remotes.map(\.description).joined(separator: ", "))): \(Digits.grouped(summary.documents)) passages; spelling dictionary of \(Digits.grouped(summary.spellingWords)) words")
    }
}
