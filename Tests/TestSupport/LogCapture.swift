import Foundation
import Logging

/// A log handler that keeps every message, for tests that check warnings.
public final class LogCapture: @unchecked Sendable {
    private let lock = NSLock()

    public init() {}
    private var lines: [String] = []

    public var messages: [String] { lock.withLock { lines } }

    public var logger: Logger {
        Logger(label: "capture") { _ in Handler(capture: self) }
    }

    fileprivate func append(_ line: String) { lock.withLock { lines.append(line) } }

    private struct Handler: LogHandler {
        let capture: LogCapture
        var logLevel: Logger.Level = .info
        var metadata: Logger.Metadata = [:]
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) { capture.append("\(event.level): \(event.message)") }
    }
}
