import Indexer

/// Shell completion inside a query: field names (`ti<TAB>` gives `title:`)
/// and the values of the filters that have a fixed set (`kind:` gives
/// `kind:paragraph`, `kind:caption`). The text fields come from
/// `IndexSchema.textFields`; the filters are the ones `search --help` lists.
enum QueryCompletion {
    static let filters: [String: [String]] = [
        "kind": ["paragraph", "caption"],
        "format": ["text", "html", "markdown", "jsonl"],
        "path": [], "file": [], "date": [], "after": [], "before": [],
    ]

    /// Every field, with its colon: `title:`, …, `kind:`, `date:`.
    static var fields: [String] {
        let text = IndexSchema.textFields.map(\.field)
        return (text + filters.keys.sorted()).map { $0 + ":" }
    }

    /// The candidates for the word being completed.
    static func candidates(_ prefix: String) -> [String] {
        let word = prefix.drop { $0 == "+" || $0 == "-" || $0 == "(" || $0 == "~" }
        let sign = String(prefix.prefix(prefix.count - word.count))
        if let colon = word.firstIndex(of: ":") {
            let field = String(word[..<colon])
            let value = word[word.index(after: colon)...]
            return (filters[field] ?? []).filter { $0.hasPrefix(value) }.map { sign + field + ":" + $0 }
        }
        guard !word.isEmpty else { return [] }
        return fields.filter { $0.hasPrefix(word.lowercased()) }.map { sign + $0 }
    }
}
