import Foundation

/// Counts files done across shard threads and reports progress.
final class ProgressTracker: @unchecked Sendable {
    private var total: Int
    private let report: (@Sendable (BuildProgress) -> Void)?
    private var done = 0
    private var passages = 0
    private let lock = NSLock()

    init(total: Int, report: (@Sendable (BuildProgress) -> Void)?) {
        self.total = total
        self.report = report
    }

    /// Adds `files` to the count expected (known once a shard has planned).
    func expect(files: Int) {
        lock.withLock { total += files }
    }

    func fileDone(passages count: Int) {
        guard let report else { return }
        let progress: BuildProgress = lock.withLock {
            done += 1
            passages += count
            return BuildProgress(filesDone: done, filesTotal: total, passages: passages)
        }
        report(progress)
    }
}
