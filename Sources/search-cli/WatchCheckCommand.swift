import ArgumentParser
import Foundation
import Indexer

struct WatchCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report the passages new since each watch's last check, then advance its mark.",
        discussion: """
        Exits 0 when something is new, 1 when nothing is (as grep does), so a cron line can be \
        `search-cli watch check && ...`; errors keep their codes (below). A report is printed at \
        least once: the marks advance only after it is written.

        \(ExitStatus.summary([0, 1, 64, 65, 66, 75, 77]))
        """
    )

    @Argument(help: "The watch to check (default: all).")
    var name: String?

    @Flag(help: "Print one JSON object per watch (schemas/watch.schema.json).")
    var json = false

    @Flag(name: .shortAndLong, help: "Print nothing; still advance the marks.")
    var quiet = false

    @OptionGroup var lock: WatchLockOptions
    @OptionGroup var location: IndexOptions

    func run() throws {
        let anyNew: Bool
        do {
            anyNew = try Self.check(location: location, names: name.map { [$0] } ?? [], wait: lock.wait,
                                    writer: WatchReportWriter(json: json, quiet: quiet))
        } catch {
            throw WatchFailure.exit(error)
        }
        if !anyNew { throw ExitCode(ExitStatus.failure) }
    }

    /// Checks and writes; returns whether anything was new.
    static func check(location: IndexOptions, names: [String], wait: Double, writer: WatchReportWriter) throws -> Bool {
        let searcher = try location.searcher(verbose: false)
        let check = try WatchCheck(store: WatchStore(index: location.path, waitForLock: wait), names: names, searcher: searcher,
                                   faults: BuildCommand.injectedFaults(ProcessInfo.processInfo.environment))
        return try writer.write(check, corpus: searcher.corpus)
    }
}
