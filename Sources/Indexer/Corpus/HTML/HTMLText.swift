/// Text of HTML elements as a reader sees it: whitespace collapsed, line
/// breaks at `<br>` and block elements, control characters removed.
enum HTMLText {
    static let blocks: Set<String> = [
        "p", "div", "li", "ul", "ol", "figcaption", "figure", "section", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
        "table", "tr", "td", "th", "dd", "dt", "pre", "address",
    ]

    /// The element's lines, skipping any element `exclude` matches.
    static func lines(_ node: HTMLNode, excluding exclude: (HTMLNode) -> Bool = { _ in false }) -> [String] {
        var lines: [String] = []
        var current = ""
        func flush() {
            let line = collapse(current)
            if !line.isEmpty { lines.append(line) }
            current = ""
        }
        func visit(_ node: HTMLNode) {
            for child in node.children {
                switch child {
                case .text(let text): current += text
                case .element(let element):
                    if exclude(element) || HTMLBodyExtractor.invisible.contains(element.name) { continue }
                    if element.name == "br" { flush(); continue }
                    let block = blocks.contains(element.name)
                    if block { flush() }
                    visit(element)
                    if block { flush() }
                }
            }
        }
        visit(node)
        flush()
        return lines
    }

    /// The element's text on one line.
    static func inline(_ node: HTMLNode, excluding exclude: (HTMLNode) -> Bool = { _ in false }) -> String {
        lines(node, excluding: exclude).joined(separator: " ")
    }

    static func collapse(_ text: String) -> String {
        TextSanitizer.clean(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
