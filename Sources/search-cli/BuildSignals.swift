import Dispatch
import Foundation
import Indexer

/// SIGINT and SIGTERM during a build: the first asks the build to stop at
/// its next safe point (`BuildCancellation`); a second one ends the process
/// at once, as the signal would by default.
final class BuildSignals {
    let cancellation = BuildCancellation()
    private let sources: [any DispatchSourceSignal]
    private let state = SignalState()

    /// `onSignal` runs once, at the first signal (the progress bar clears itself).
    init(onSignal: (@Sendable () -> Void)? = nil) {
        var sources: [any DispatchSourceSignal] = []
        for (number, name) in [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [cancellation, state] in
                if state.set(number) { onSignal?() }
                cancellation.cancel(reason: name)
                signal(number, SIG_DFL)
            }
            source.resume()
            sources.append(source)
        }
        self.sources = sources
    }

    /// The first signal received, if any.
    var received: Int32? { state.value }

    private final class SignalState: @unchecked Sendable {
        // Guarded by `lock`.
        private var first: Int32?
        private let lock = NSLock()
        /// True for the first signal.
        func set(_ number: Int32) -> Bool {
            lock.withLock {
                guard first == nil else { return false }
                first = number
                return true
            }
        }
        var value: Int32? { lock.withLock { first } }
    }
}
