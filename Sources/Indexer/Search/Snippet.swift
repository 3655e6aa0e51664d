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
        var fragments: [Fragment] = []
        var rest = Substring(xapianOutput)
        while !rest.isEmpty {
            guard let start = rest.range(of: Self.highlightStart) else {
                fragments.append(Fragment(text: HTMLEntities.decode(rest), isMatch: false))
                break
            }
            if start.lowerBound > rest.startIndex {
                fragments.append(Fragment(text: HTMLEntities.decode(rest[..<start.lowerBound]), isMatch: false))
            }
            rest = rest[start.upperBound...]
            let end = rest.range(of: Self.highlightEnd) ?? (rest.endIndex..<rest.endIndex)
            fragments.append(Fragment(text: HTMLEntities.decode(rest[..<end.lowerBound]), isMatch: true))
            rest = rest[end.upperBound...]
        }
        self.fragments = fragments
    }
}
