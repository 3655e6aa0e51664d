import Foundation
import Logging
import Synchronization

/// Threads that each own a `Searcher`, for a server's requests: a Xapian
/// `Database` is used by one thread at a time, and its calls block, so they
/// run here rather than on the server's event loops. A searcher is opened on
/// its own thread, never leaves it, and moves on to the index's latest commit
/// before each job (`Searcher.refresh`), so a reindex from cron or a `--full`
/// swap is seen without a restart.
public final class SearcherPool: Sendable {
    public typealias Opener = @Sendable () throws -> Searcher
    /// A job gets a function that gives the thread's searcher, opened or
    /// refreshed when it is called.
    private typealias Job = @Sendable (() throws -> Searcher) -> Void

    private let queue = Mutex<[Job?]>([])
    private let waiting = DispatchSemaphore(value: 0)
    private let threads: Int
    private let logger: Logger

    /// Starts `threads` threads, each opening its searcher with `open` when a
    /// job first needs it (and again after a failed open or refresh).
    public init(threads: Int, logger: Logger, open: @escaping Opener) {
        self.threads = max(1, threads)
        self.logger = logger
        for number in 0..<self.threads {
            let thread = Thread { [self] in self.work(open: open) }
            thread.name = "search-\(number)"
            thread.start()
        }
    }

    /// Runs `job` with one thread's searcher, and returns what it returns.
    public func run<T: Sendable>(_ job: @escaping @Sendable (Searcher) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            submit { searcher in continuation.resume(with: Result { try job(searcher()) }) }
        }
    }

    /// Runs blocking work that needs no searcher (reading the index status)
    /// on one of the threads.
    public func perform<T: Sendable>(_ job: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            submit { _ in continuation.resume(with: Result { try job() }) }
        }
    }

    /// Lets each thread finish the jobs queued before, then end.
    public func shutdown() {
        queue.withLock { $0.append(contentsOf: Array(repeating: nil, count: threads)) }
        for _ in 0..<threads { waiting.signal() }
    }

    private func submit(_ job: @escaping Job) {
        queue.withLock { $0.append(job) }
        waiting.signal()
    }

    private func work(open: Opener) {
        var searcher: Searcher?
        while true {
            waiting.wait()
            guard let job = queue.withLock({ $0.removeFirst() }) else { return }
            job {
                do {
                    if let searcher {
                        try searcher.refresh()
                        return searcher
                    }
                    let opened = try open()
                    searcher = opened
                    return opened
                } catch {
                    // Opened again for the next job: the index may be back by then.
                    searcher = nil
                    logger.warning("cannot open the index", metadata: ["error": "\(error)"])
                    throw error
                }
            }
        }
    }
}
