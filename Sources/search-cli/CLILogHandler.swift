import Foundation
import Logging

/// Writes log lines to standard error as "search-cli: warning: message".
/// Only the executable configures logging; the library takes a Logger.
struct CLILogHandler: LogHandler {
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        let suffix = merged.isEmpty ? "" : " " + merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        Terminal.standardError("search-cli: \(event.level): \(Terminal.clean(event.message.description + suffix))")
    }

    static func logger(verbose: Bool) -> Logger {
        Logger(label: "search-cli") { _ in CLILogHandler(logLevel: verbose ? .debug : .info) }
    }
}
