#if canImport(Glibc)
import Glibc
#endif

/// The one-writer lock of an index: flock(2) on `build.lock`. The kernel
/// releases it when the holder exits or dies, so it is never stale and the
/// file is never deleted.
public final class IndexLock {
    private let fd: Int32

    /// Takes the lock, waiting up to `wait` seconds (0: fail at once).
    public init(layout: IndexLayout, wait: Double = 0) throws {
        let fd = open(layout.lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw IndexError.io("cannot open \(layout.lockPath): \(String(cString: strerror(errno)))") }
        let deadline = Self.now() + max(0, wait)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Self.now() < deadline else {
                close(fd)
                throw IndexError.busy(index: layout.root)
            }
            usleep(50_000)
        }
        self.fd = fd
    }

    deinit { close(fd) }

    private static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
