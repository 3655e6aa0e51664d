import ArgumentParser
import Foundation

/// How `main` ends on an error: a parsing or validation error (or any other
/// that reaches `main`) is one line on standard error, `search-cli: error: …`,
/// with ArgumentParser's exit code (64 for bad arguments). Help and version
/// requests, and `ExitCode`s (whose line was already printed), are left to
/// ArgumentParser.
enum UsageLine {
    static func exit(_ error: Error) -> Never {
        let code = SearchCLI.exitCode(for: error)
        if error is ExitCode || code == .success { SearchCLI.exit(withError: error) }
        let message = SearchCLI.message(for: error)
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: "; ")
        Terminal.standardError("search-cli: error: \(Terminal.oneLine(message))")
        SearchCLI.exit(withError: ExitCode(code.rawValue))
    }
}
