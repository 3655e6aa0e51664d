import Foundation

/// Reads a file (or standard input, for `-`) line by line as bytes, a line
/// ending at `\n` only, each line returned as soon as it has arrived.
final class LineReader {
    private let handle: FileHandle
    private let owned: Bool
    private var buffer = Data()
    /// Where the unread part of `buffer` starts.
    private var cursor = 0
    private var atEnd = false

    init(path: String) throws {
        if path == "-" {
            handle = FileHandle.standardInput
            owned = false
        } else {
            handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            owned = true
        }
    }

    deinit { if owned { try? handle.close() } }

    /// The next line without its `\n`, or nil at the end of the input.
    func next() -> Data? {
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
            // availableData returns what has arrived (at least a byte), or nothing at the end.
            let chunk = handle.availableData
            if chunk.isEmpty {
                atEnd = true
            } else {
                buffer = Data(buffer[cursor...]) + chunk
                cursor = 0
            }
        }
    }
}
