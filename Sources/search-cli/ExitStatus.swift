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
    static let busy: Int32 = 75        // EX_TEMPFAIL: another build holds the index's lock

    static let documentation = """
        Exit codes:
          0   success (a build that skipped bad files still succeeds; each is warned about on stderr)
          1   failure (an I/O or Xapian error)
          64  usage error: bad arguments, an empty query, a corpus folder that does not exist
          65  the index is damaged (`index check` names each damaged file): rebuild it with `index build <corpus> --full`
          66  there is no index yet (or one from another version): run `search-cli index build <corpus>`
          75  another `index build` holds the index's lock (try again, or use --wait SECONDS)
        """

    /// The exit code for a search error, and its one line.
    static func fail(_ error: SearchError) -> ExitCode {
        switch error {
        case .noIndex, .outdatedIndex: return fail(error.description, code: noIndex)
        case .emptyQuery, .noSuchPassage: return fail(error.description, code: usage)
        case .damaged: return fail(error.description, code: damaged)
        case .xapian: return fail(error.description, code: failure)
        }
    }

    /// Prints one line to standard error and exits with `code`.
    static func fail(_ message: String, code: Int32) -> ExitCode {
        Terminal.standardError("search-cli: error: \(Terminal.clean(message))")
        return ExitCode(code)
    }
}
