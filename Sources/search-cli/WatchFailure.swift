import ArgumentParser
import Indexer

/// The exit code and one line for an error of a watch command.
enum WatchFailure {
    static func exit(_ error: Error) -> Error {
        switch error {
        case let error as ExitCode: return error
        case let error as WatchError: return ExitStatus.fail(error.description, code: ExitStatus.usage)
        case let error as SearchError: return ExitStatus.fail(error)
        case let error as IndexDamage: return ExitStatus.fail(error.description, code: ExitStatus.damaged)
        case let error as IndexError:
            if case .noIndex = error { return ExitStatus.fail(error.description, code: ExitStatus.noIndex) }
            return ExitStatus.fail(error.description, code: BuildCommand.exitCode(error, signal: nil))
        default: return ExitStatus.fail("\(error)", code: ExitStatus.failure)
        }
    }
}
