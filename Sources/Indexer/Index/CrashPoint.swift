import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Fault injection for the crash-safety tests: the Nth call to `reach()`
/// kills the process with SIGKILL, exactly like `kill -9` would.
final class CrashPoint: @unchecked Sendable {
    private let target: Int?
    private var count = 0
    private let lock = NSLock()

    init(target: Int?) { self.target = target }

    func reach() {
        guard let target else { return }
        lock.lock()
        count += 1
        let hit = count == target
        lock.unlock()
        if hit { kill(getpid(), SIGKILL) }
    }
}
