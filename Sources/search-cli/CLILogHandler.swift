import Foundation
import Logging

/// Writes log lines to standard error as "search-cli: warning: message".
/// Only the executable configures logging; the library takes a Logger.
/// During a build the line goes through the progress bar, which clears
/// itself first.
struct CLILogHandler: LogHandler {
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    var bar: ProgressBar?

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        let suffix = merged.isEmpty ? "" : " " + merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let line = "search-cli: \(event.level): \(Terminal.clean(event.message.description + suffix))"
        if let bar { bar.interrupt(line) } else { Terminal.standardError(line) }
    }

    static func logger(verbose: Bool, bar: ProgressBar? = nil) -> Logger {
        Logger(label: "search-cli") { _ in CLILogHandler(logLevel: verbose ? .debug : .info, bar: bar) }
    }
}
