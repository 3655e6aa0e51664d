#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one article file defensively: never blocks on a FIFO, refuses huge
/// and binary files, decodes text that is not UTF-8 as Windows-1252 (saying
/// so), and notices a file that changes while read.
public struct ArticleFileReader: Sendable {
    /// What was read: the decoded text and the facts to record about it.
    public struct Contents: Sendable {
        public var text: String
        public var size: Int64
        public var mtimeNs: Int64
        public var hash: UInt64
        /// The bytes as read, for parsers that honour a declared charset (HTML).
        public var bytes: [UInt8] = []
        /// "Windows-1252" when the bytes were not valid UTF-8.
        public var fallbackEncoding: String?
        public var invalidUTF8Offset: Int?

        /// What a parser gets for the file at `path`.
        public func input(path: String) -> ArticleInput {
            ArticleInput(path: path, bytes: bytes, text: text, fallbackEncoding: fallbackEncoding, invalidUTF8Offset: invalidUTF8Offset)
        }
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
        let fd = Self.open(path)
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
        let invalid = UTF8Validation.firstInvalidOffset(bytes)
        var text = invalid == nil ? String(decoding: bytes, as: UTF8.self) : Windows1252.decode(bytes)
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }  // a UTF-8 byte order mark
        if text.allSatisfy(\.isWhitespace) { return .skipped(.empty) }
        return .read(Contents(text: text, size: size, mtimeNs: before.mtimeNs, hash: ContentHash.fnv1a(bytes), bytes: bytes,
                              fallbackEncoding: invalid == nil ? nil : Windows1252.name, invalidUTF8Offset: invalid))
    }

    /// Opens without following a final symlink and without blocking; a path
    /// with escaped names that are not UTF-8 (`PathName`) is opened by its bytes.
    static func open(_ path: String) -> Int32 {
        let flags = O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC
        let fd = Glibc.open(path, flags)
        guard fd < 0, errno == ENOENT else { return fd }
        guard let raw = PathName.resolve(path) else {
            errno = ENOENT
            return fd
        }
        return PathName.withCString(raw) { Glibc.open($0, flags) }
    }

    /// Binary if a NUL appears early on. Text that is not UTF-8 is decoded as Windows-1252.
    static func check(_ bytes: [UInt8]) -> SkipReason? {
        if bytes.prefix(8192).contains(0) { return .binary }
        return nil
    }
}
