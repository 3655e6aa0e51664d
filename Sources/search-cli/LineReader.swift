import Foundation

/// Reads a file (or standard input, for `-`) line by line as bytes, a line
/// ending at `\n` only, each line returned as soon as it has arrived.
final class LineReader {
    /// Why the file cannot be read, in one line.
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "cannot read \(path): \(reason)" }
    }

    private let path: String
    private let fd: Int32
    private var buffer = Data()
    /// Where the unread part of `buffer` starts.
    private var cursor = 0
    private var atEnd = false

    init(path: String) throws {
        self.path = path
        if path == "-" {
            fd = STDIN_FILENO
        } else {
            fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        }
    }

    deinit { if fd != STDIN_FILENO { close(fd) } }

    /// The next line without its `\n`, or nil at the end of the input.
    func next() throws -> Data? {
        while true {
            if let newline = buffer[cursor...].firstIndex(of: 0x0A) {
                let line = Data(buffer[cursor..<newline])
                cursor = newline + 1
                return line
            }
            if atEnd {
                guard cursor < buffer.count else { return nil }
                defer { cursor = buffer.count }
                return Data(buffer[cursor...])
            }
            try fill()
        }
    }

    /// Reads what has arrived (a read returns as soon as there is some), or notes the end.
    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if count < 0 {
            if errno == EINTR { return }
            throw Failure(path: path, reason: String(cString: strerror(errno)))
        }
        if count == 0 {
            atEnd = true
        } else {
            buffer = Data(buffer[cursor...]) + chunk[0..<count]
            cursor = 0
        }
    }
}
