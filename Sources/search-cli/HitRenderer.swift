import Indexer

/// Renders search results as text: rank, percent, title, where the passage
/// sits, and the snippet with matches bold (terminal) or [bracketed] (pipe).
struct HitRenderer {
    enum Highlight { case bold, brackets }

    var highlight: Highlight

    func render(_ results: SearchResults) -> String {
        guard !results.hits.isEmpty else {
            return "No results for \"\(Terminal.clean(results.query))\".\n"
        }
        var out = ""
        for hit in results.hits {
            let p = hit.passage
            out += "\(hit.rank). \(hit.percent)%  \(Terminal.clean(p.title))\n"
            var place = "\(p.id)  \(p.kind.rawValue)"
            if let credit = p.credit { place += " (credit: \(credit))" }
            if let section = p.section { place += "  section: \(section)" }
            out += "   \(Terminal.clean(place))\n"
            if let about = ArticleLine.text(p) { out += "   \(Terminal.clean(about))\n" }
            out += "   \(snippet(hit.snippet))\n\n"
        }
        let first = results.hits.first!.rank
        let last = results.hits.last!.rank
        out += "Results \(first)–\(last) of about \(results.estimatedTotal).\n"
        return out
    }

    private func snippet(_ s: Snippet) -> String {
        s.fragments.map { fragment in
            let text = Terminal.clean(fragment.text)
            guard fragment.isMatch else { return text }
            switch highlight {
            case .bold: return "\u{1B}[1m" + text + "\u{1B}[0m"
            case .brackets: return "[" + text + "]"
            }
        }.joined()
    }
}
