#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one article file defensively: never blocks on a FIFO, refuses huge,
/// binary and non-UTF-8 files, and notices a file that changes while read.
public struct ArticleFileReader: Sendable {
    /// What was read: the decoded text and the facts to record about it.
    public struct Contents: Sendable {
        public var text: String
        public var size: Int64
        public var mtimeNs: Int64
        public var hash: UInt64
    }

    public enum Outcome: Sendable {
        case read(Contents)
        case skipped(SkipReason)
    }

    public var maxFileSize: Int64
    /// Called after the bytes are read and before the file is checked again.
    /// Tests use it to change a file mid-read; nil otherwise.
    public var afterRead: (@Sendable (String) -> Void)?

    public init(maxFileSize: Int64 = 16 << 20, afterRead: (@Sendable (String) -> Void)? = nil) {
        self.maxFileSize = maxFileSize
        self.afterRead = afterRead
    }

    public func read(_ path: String) -> Outcome {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { return .skipped(.vanished) }
            if code == ELOOP { return .skipped(.symlinkNotFollowed) }
            return .skipped(.unreadable(String(cString: strerror(code))))
        }
        defer { close(fd) }
        var before = stat()
        guard fstat(fd, &before) == 0 else { return .skipped(.unreadable(String(cString: strerror(errno)))) }
        guard before.st_mode & S_IFMT == S_IFREG else {
            return .skipped(.notRegularFile(CorpusWalker.typeName(before.st_mode & S_IFMT)))
        }
        let size = Int64(before.st_size)
        if size > maxFileSize { return .skipped(.tooLarge(size: size, limit: maxFileSize)) }
        if size == 0 { return .skipped(.empty) }

        var bytes = [UInt8](repeating: 0, count: Int(size))
        var filled = 0
        while filled < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                return .skipped(.unreadable(String(cString: strerror(errno))))
            }
            if n == 0 { break }
            filled += n
        }
        afterRead?(path)
        var after = stat()
        var probe: UInt8 = 0
        let grew = Glibc.read(fd, &probe, 1) > 0
        guard filled == bytes.count, !grew, fstat(fd, &after) == 0,
              after.st_size == before.st_size, after.mtimeNs == before.mtimeNs else {
            return .skipped(.changedWhileReading)
        }
        if let reason = Self.check(bytes) { return .skipped(reason) }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.allSatisfy(\.isWhitespace) { return .skipped(.empty) }
        return .read(Contents(text: text, size: size, mtimeNs: before.mtimeNs, hash: ContentHash.fnv1a(bytes)))
    }

    /// Binary if a NUL appears early on; otherwise it must be valid UTF-8.
    static func check(_ bytes: [UInt8]) -> SkipReason? {
        if bytes.prefix(8192).contains(0) { return .binary }
        if let offset = UTF8Validation.firstInvalidOffset(bytes) { return .invalidUTF8(offset: offset) }
        return nil
    }
}
