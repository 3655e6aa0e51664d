import Yams

/// A Markdown file's front matter: YAML between a first line `---` and a
/// closing `---` (or `...`), as Jekyll and Hugo write it, read by a real YAML
/// parser (libyaml, through Yams): plain, quoted (`\"` escapes, `''`), folded
/// (`>`) and literal (`|`) scalars; lists (`[a, b]`, `- item`) are joined with
/// ", "; a mapping gives its `name` (`author: {name: Ann}`). Keys are lower
/// case. Front matter that is not valid YAML gives no fields and one
/// `warning`; the body after it is read all the same.
struct FrontMatter {
    var fields: [String: String] = [:]
    /// The Markdown after the front matter (all of it when there is none).
    var body: Substring
    /// Why the front matter was not read, if it was not.
    var warning: String?

    /// Front matter past this size is not parsed (a warning says so).
    static let maxBytes = 64 << 10
    /// Nor is front matter nested deeper than this (`[[[[…`), which would
    /// only make the parser recurse.
    static let maxDepth = 32

    init(_ text: String) {
        body = Substring(text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingWhitespace() == "---",
              let end = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmingWhitespace()) })
        else { return }  // no closing line: not front matter
        body = lines[(end + 1)...].joined(separator: "\n")[...]
        let yaml = lines[1..<end].joined(separator: "\n")
        guard yaml.utf8.count <= Self.maxBytes else {
            warning = "the front matter is larger than \(Self.maxBytes >> 10) KB and was not read"
            return
        }
        guard Self.nesting(yaml) <= Self.maxDepth else {
            warning = "the front matter is nested deeper than \(Self.maxDepth) levels and was not read"
            return
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            warning = "the front matter is not valid YAML (\(Self.reason(error))); it was left out, and the body read"
            return
        }
        guard let node else { return }  // empty
        guard let mapping = node.mapping else {
            warning = "the front matter is not a list of key: value fields; it was left out, and the body read"
            return
        }
        for (key, value) in mapping {
            guard let name = key.string?.lowercased(), fields[name] == nil, let text = Self.text(value) else { continue }
            fields[name] = text
        }
    }

    subscript(_ keys: String...) -> String? {
        for key in keys { if let value = fields[key], !value.isEmpty { return value } }
        return nil
    }

    /// A value as text: a scalar as YAML resolved it (its tag aside: `2024-03-08`
    /// stays that text), a list joined with ", ", a mapping by its name.
    static func text(_ node: Node, depth: Int = 0) -> String? {
        guard depth < 4 else { return nil }
        switch node {
        case .scalar(let scalar):
            let text = HTMLText.collapse(scalar.string)
            return text.isEmpty || node.null != nil ? nil : text
        case .sequence(let sequence):
            let items = sequence.compactMap { text($0, depth: depth + 1) }
            return items.isEmpty ? nil : items.joined(separator: ", ")
        case .mapping(let mapping):
            return mapping["name"].flatMap { text($0, depth: depth + 1) }
        case .alias:
            return nil
        }
    }

    /// The deepest run of open flow brackets, a cheap bound on nesting.
    static func nesting(_ yaml: String) -> Int {
        var depth = 0
        var deepest = 0
        for byte in yaml.utf8 {
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") { depth += 1; deepest = max(deepest, depth) }
            if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") { depth = max(depth - 1, 0) }
        }
        return deepest
    }

    /// libyaml's problem and line, on one line.
    static func reason(_ error: Error) -> String {
        if let yaml = error as? YamlError, case .scanner(_, let problem, let mark, _) = yaml {
            return "\(problem) at line \(mark.line + 1)"
        }
        if let yaml = error as? YamlError, case .parser(_, let problem, let mark, _) = yaml {
            return "\(problem) at line \(mark.line + 1)"
        }
        return String(describing: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? "unreadable"
    }
}
