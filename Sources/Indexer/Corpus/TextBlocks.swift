/// The blocks of a text, one at a time: runs of lines that are not blank,
/// split at `\n`, `\r\n` or `\r`, each line cleaned (`TextSanitizer`) and
/// trimmed. It reads the text's UTF-8 in place, so a huge text costs the
/// block being read, not an array of every line or Character.
struct TextBlocks: IteratorProtocol, Sequence {
    private let text: String
    private var position: String.Index

    init(_ text: String) {
        self.text = text
        position = text.startIndex
    }

    mutating func next() -> [String]? {
        var lines: [String] = []
        while let raw = nextLine() {
            let line = TextSanitizer.clean(String(raw)).trimmingWhitespace()
            if !line.isEmpty {
                lines.append(line)
            } else if !lines.isEmpty {
                return lines
            }
        }
        return lines.isEmpty ? nil : lines
    }

    /// The number of blocks left, counted on the bytes without building them
    /// (a line of spaces, tabs and control characters only is blank).
    mutating func countRemaining() -> Int {
        var count = 0
        var inBlock = false
        while let raw = nextLine() {
            let blank = raw.utf8.allSatisfy { $0 <= 0x20 || $0 == 0x7F }
            if !blank && !inBlock { count += 1 }
            inBlock = !blank
        }
        return count
    }

    private mutating func nextLine() -> Substring? {
        let utf8 = text.utf8
        guard position < utf8.endIndex else { return nil }
        let start = position
        var i = position
        while i < utf8.endIndex {
            let byte = utf8[i]
            if byte == 0x0A || byte == 0x0D {
                let line = text[start..<i]
                var after = utf8.index(after: i)
                if byte == 0x0D, after < utf8.endIndex, utf8[after] == 0x0A { after = utf8.index(after: after) }
                position = after
                return line
            }
            i = utf8.index(after: i)
        }
        position = utf8.endIndex
        return text[start..<i]
    }
}
