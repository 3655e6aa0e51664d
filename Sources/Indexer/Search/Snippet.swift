/// A snippet as plain data: text fragments, some of them matches of the query.
/// Rendering (bold on a terminal, [brackets] in a pipe, JSON) is the caller's.
public struct Snippet: Sendable, Equatable {
    public struct Fragment: Sendable, Equatable {
        public var text: String
        public var isMatch: Bool
    }

    public var fragments: [Fragment]

    public init(fragments: [Fragment]) { self.fragments = fragments }

    /// The snippet's text without any highlighting.
    public var text: String { fragments.map(\.text).joined() }

    /// The words that were highlighted, in order.
    public var matches: [String] { fragments.filter(\.isMatch).map(\.text) }

    /// Renders with `open` and `close` around each match.
    public func marked(open: String, close: String) -> String {
        fragments.map { $0.isMatch ? open + $0.text + close : $0.text }.joined()
    }

    static let highlightStart = "\u{E000}"
    static let highlightEnd = "\u{E001}"

    /// Parses `MSet::snippet` output made with `highlightStart`/`highlightEnd`
    /// markers. Xapian escapes the text as HTML; this is the one place that
    /// decodes it. (The markers are private-use characters that
    /// `TextSanitizer` removes from every article, so they cannot be forged.)
    init(xapianOutput: String) {
        // Scan UTF-8 bytes for the markers (U+E000 is EE 80 80, U+E001 is EE 80 81).
        var fragments: [Fragment] = []
        let bytes = Array(xapianOutput.utf8)
        var start = 0
        var inMatch = false
        var i = 0
        func flush(_ end: Int) {
            if end > start {
                let text = String(decoding: bytes[start..<end], as: UTF8.self)
                fragments.append(Fragment(text: HTMLEntities.decode(text), isMatch: inMatch))
            }
        }
        while i + 2 < bytes.count {
            if bytes[i] == 0xEE, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 || bytes[i + 2] == 0x81 {
                flush(i)
                inMatch = bytes[i + 2] == 0x80
                i += 3
                start = i
            } else {
                i += 1
            }
        }
        flush(bytes.count)
        self.fragments = fragments
    }
}
