import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The steps of a build where a fault can be injected (`BuildOptions.faults`).
public enum BuildStep: String, CaseIterable, Sendable {
    case openShard = "open-shard"
    case readRecords = "read-records"
    /// A file is being read and parsed (its name is in the parse journal).
    case parse
    case addDocument = "add-document"
    /// Bookkeeping between documents: file records, removals, failures.
    case record
    case commit
    case compact
    case stubSwap = "stub-swap"
    case removeGeneration = "remove-generation"
    /// `watch check`: its reports are written, its marks not yet advanced.
    case watchOutput = "watch-output"
    /// `watch check`: its marks were committed.
    case watchCommit = "watch-commit"
}

/// Fault injection for the failure tests, as in tantivy's `failpoints`: the
/// Nth time a build reaches a step, it kills the process with SIGKILL (as
/// `kill -9` would) or throws `IndexError.injected`.
public struct FaultPlan: Sendable, Equatable {
    public enum Action: String, Sendable { case kill, fail }
    /// The step to count, or nil to count every step.
    public var step: BuildStep?
    public var count: Int
    public var action: Action

    public init(step: BuildStep?, count: Int, action: Action) {
        self.step = step
        self.count = count
        self.action = action
    }

    /// Parses `N` or `STEP:N` (the test hooks' spelling).
    public init?(_ text: String, action: Action) {
        let parts = text.split(separator: ":")
        guard let last = parts.last, let count = Int(last), count > 0, parts.count <= 2 else { return nil }
        let step = parts.count == 2 ? BuildStep(rawValue: String(parts[0])) : nil
        guard parts.count == 1 || step != nil else { return nil }
        self.init(step: step, count: count, action: action)
    }
}

/// Counts the steps a build reaches, across its threads, and injects the
/// planned faults.
final class Failpoints: Sendable {
    private let plans: [FaultPlan]
    private let counts = Counter()

    init(_ plans: [FaultPlan]) { self.plans = plans }

    func reach(_ step: BuildStep) throws {
        guard !plans.isEmpty else { return }
        let (any, this) = counts.bump(step)
        for plan in plans where (plan.step == nil && any == plan.count) || (plan.step == step && this == plan.count) {
            switch plan.action {
            case .kill: kill(getpid(), SIGKILL)
            case .fail: throw IndexError.injected(step: step.rawValue, count: plan.step == nil ? any : this)
            }
        }
    }

    private final class Counter: @unchecked Sendable {
        // Guarded by `lock`.
        private var any = 0
        private var perStep: [BuildStep: Int] = [:]
        private let lock = NSLock()

        func bump(_ step: BuildStep) -> (Int, Int) {
            lock.withLock {
                any += 1
                perStep[step, default: 0] += 1
                return (any, perStep[step]!)
            }
        }
    }
}
