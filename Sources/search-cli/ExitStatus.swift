import ArgumentParser
import Foundation
import Indexer

/// The documented exit codes (sysexits.h where one fits).
enum ExitStatus {
    static let success: Int32 = 0
    static let failure: Int32 = 1
    static let usage: Int32 = 64       // EX_USAGE: bad arguments, empty query, missing corpus folder
    static let damaged: Int32 = 65     // EX_DATAERR: the index is damaged; `index build --full` repairs it
    static let noIndex: Int32 = 66     // EX_NOINPUT: no index at the given location
    static let refused: Int32 = 69     // EX_UNAVAILABLE: the corpus looks unavailable (empty, unmounted, another folder): nothing changed
    static let unusableIndexFolder: Int32 = 73  // EX_CANTCREAT: the index folder holds other files, lies in the corpus, or cannot be written
    static let ioError: Int32 = 74     // EX_IOERR: the disk is full (nothing half-written was kept)
    static let busy: Int32 = 75        // EX_TEMPFAIL: another build holds the index's lock
    static let noPermission: Int32 = 77  // EX_NOPERM: this user may not read the index
    /// 128 + the signal's number, as shells report a process ended by it.
    static func interrupted(by signal: Int32) -> Int32 { 128 + signal }

    static let documentation = """
        Exit codes:
          0   success (a build that skipped bad files still succeeds; each is warned about on stderr);
              for `watch check`: something is new
          1   failure (an I/O or Xapian error, or a remote shard that does not answer: the line names its HOST:PORT);
              for `watch check`: nothing is new
          64  usage error: bad arguments, an empty query or one past its length limit, a corpus folder that does not exist,
              a bad, duplicate or unknown watch name, a watch query with a syntax error
          65  the index is damaged (`index check` names each damaged file): rebuild it with `index build <corpus> --full`
          66  there is no index yet (or one from another version): run `search-cli index build <corpus>`
          69  the build was refused and changed nothing: the corpus folder is empty, or not the one the
              index was built from, or the build would remove more than --max-remove of the indexed files
              (confirm with --prune); for serve, the address is in use or cannot be bound
          73  the index folder cannot be used: it holds other files, lies inside the corpus, or cannot be written
          74  the disk is full (nothing half-written was kept; free space and run again)
          75  another `index build` holds the index's lock (try again, or use --wait SECONDS; also for watch add/remove/check)
          77  this user may not read the index (another user's, or its permissions)
          130, 143  the build was stopped by SIGINT or SIGTERM at a safe point (nothing half-written was kept)
        """

    /// The short names of the codes, for each command's --help.
    static let names: [Int32: String] = [
        0: "success", 1: "failure", 64: "usage error", 65: "damaged index", 66: "no index",
        69: "refused, nothing changed", 73: "unusable index folder", 74: "disk full",
        75: "another build holds the lock", 77: "no permission", 130: "stopped by SIGINT (143: SIGTERM)",
    ]

    /// One line naming the codes a command exits with; the root command's
    /// --help (and the man page's EXIT STATUS) explains each once.
    static func summary(_ codes: [Int32]) -> String {
        "Exit codes: " + codes.map { "\($0) \(names[$0] ?? "")" }.joined(separator: ", ") +
            ". `search-cli --help` explains each."
    }

    /// The exit code for a search error, and its one line.
    static func fail(_ error: SearchError) -> ExitCode {
        switch error {
        case .noIndex, .outdatedIndex: return fail(error.description, code: noIndex)
        case .cannotRead: return fail(error.description, code: noPermission)
        case .emptyQuery, .queryTooLong, .noSuchPassage, .badDate: return fail(error.description, code: usage)
        case .damaged: return fail(error.description, code: damaged)
        case .xapian, .remoteShardDown: return fail(error.description, code: failure)
        }
    }

    /// Prints one line to standard error and exits with `code`.
    static func fail(_ message: String, code: Int32) -> ExitCode {
        Terminal.standardError("search-cli: error: \(Terminal.oneLine(message))")
        return ExitCode(code)
    }
}
