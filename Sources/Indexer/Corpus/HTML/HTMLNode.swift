/// An HTML element as libxml2 parsed it: lower-case name, attributes, and
/// children in document order (elements and text, entities already decoded).
final class HTMLNode {
    enum Child {
        case element(HTMLNode)
        case text(String)
    }

    let name: String
    let attributes: [String: String]
    var children: [Child] = []

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    subscript(attribute: String) -> String? { attributes[attribute] }

    var elements: [HTMLNode] {
        children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    /// The class attribute's tokens, lower case.
    var classes: [String] {
        (attributes["class"] ?? "").lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// Every text below this element, concatenated.
    var text: String {
        var out = ""
        appendText(to: &out)
        return out
    }

    private func appendText(to out: inout String) {
        for child in children {
            switch child {
            case .text(let t): out += t
            case .element(let e): e.appendText(to: &out)
            }
        }
    }

    /// The first element, in document order, at or below this one that matches.
    func first(where match: (HTMLNode) -> Bool) -> HTMLNode? {
        if match(self) { return self }
        for child in elements { if let found = child.first(where: match) { return found } }
        return nil
    }

    /// Every element at or below this one that matches, in document order.
    func all(where match: (HTMLNode) -> Bool) -> [HTMLNode] {
        var out: [HTMLNode] = []
        collect(match, into: &out)
        return out
    }

    private func collect(_ match: (HTMLNode) -> Bool, into out: inout [HTMLNode]) {
        if match(self) { out.append(self) }
        for child in elements { child.collect(match, into: &out) }
    }
}
