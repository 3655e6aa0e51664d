/// A Markdown file's front matter: `key: value` lines between a first line
/// `---` and a closing `---` (or `...`), as Jekyll and Hugo write it. Only
/// simple values are read: scalars (quotes removed), `[a, b]` and `- item` lists
/// (joined with ", ").
struct FrontMatter {
    var fields: [String: String] = [:]
    /// The Markdown after the front matter (all of it when there is none).
    var body: Substring

    init(_ text: String) {
        body = Substring(text)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard lines.first?.trimmingWhitespace() == "---" else { return }
        lines = lines.dropFirst()
        var end: Int?
        var key: String?
        var list: [String] = []
        func flushList() {
            if let key, !list.isEmpty, fields[key]?.isEmpty ?? true { fields[key] = list.joined(separator: ", ") }
            list = []
        }
        for (i, raw) in zip(lines.indices, lines) {
            let line = raw.trimmingWhitespace()
            if line == "---" || line == "..." { end = i; break }
            if line.hasPrefix("- "), key != nil {
                list.append(Self.unquote(String(line.dropFirst(2))))
                continue
            }
            guard let colon = line.firstIndex(of: ":"), !raw.hasPrefix(" "), !raw.hasPrefix("\t") else { continue }
            flushList()
            let name = line[..<colon].trimmingWhitespace().lowercased()
            var value = String(line[line.index(after: colon)...]).trimmingWhitespace()
            if value.hasPrefix("["), value.hasSuffix("]") {
                value = value.dropFirst().dropLast().split(separator: ",").map { Self.unquote(String($0)) }.joined(separator: ", ")
            } else {
                value = Self.unquote(value)
            }
            key = name
            if fields[name] == nil { fields[name] = value }
        }
        flushList()
        guard let end else { fields = [:]; return }  // no closing line: not front matter
        body = text.split(separator: "\n", omittingEmptySubsequences: false)[(end + 1)...].joined(separator: "\n")[...]
    }

    subscript(_ keys: String...) -> String? {
        for key in keys { if let value = fields[key], !value.isEmpty { return value } }
        return nil
    }

    static func unquote(_ value: String) -> String {
        var v = value.trimmingWhitespace()
        if v.count >= 2, let f = v.first, f == v.last, f == "\"" || f == "'" { v = String(v.dropFirst().dropLast()) }
        return HTMLText.collapse(v)
    }
}
