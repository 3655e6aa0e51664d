import Foundation

/// A request to stop a build at its next safe point (the CLI sets it on
/// SIGINT or SIGTERM). The build then cancels its open transactions, so it
/// commits nothing half-done, and throws `IndexError.interrupted`.
public final class BuildCancellation: @unchecked Sendable {
    // Guarded by `lock`.
    private var why: String?
    private let lock = NSLock()

    public init() {}

    /// Asks the build to stop; `reason` names what asked (e.g. "SIGTERM").
    public func cancel(reason: String) {
        lock.withLock { if why == nil { why = reason } }
    }

    public var reason: String? { lock.withLock { why } }

    func check() throws {
        if let reason { throw IndexError.interrupted(reason) }
    }
}
