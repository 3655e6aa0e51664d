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
}
