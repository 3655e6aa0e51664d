import Indexer

/// Renders search results as text: rank, percent, title, where the passage
/// sits, and the snippet with matches bold (terminal) or [bracketed] (pipe).
struct HitRenderer {
    enum Highlight {
        case bold, brackets
        static var forStdout: Highlight { Terminal.stdoutIsTTY ? .bold : .brackets }
    }

    var highlight: Highlight
    var explain = false

    func render(_ results: SearchResults) -> String {
        var out = header(suggestion: results.suggestion, searched: results.searchedQuery)
        if results.hits.isEmpty {
            out += noResults(results.query, notes: results.notes)
        } else {
            for hit in results.hits {
                out += "\(hit.rank). \(hit.percent)%  \(Terminal.clean(hit.passage.title))\n"
                out += passage(hit)
            }
            out += "Results \(results.hits.first!.rank)–\(results.hits.last!.rank) of about \(results.estimatedTotal).\n"
        }
        if let facets = results.facets { out += render(facets) }
        return out
    }

    func render(_ results: GroupedResults) -> String {
        var out = header(suggestion: results.suggestion, searched: results.searchedQuery)
        guard !results.groups.isEmpty else { return out + noResults(results.query, notes: results.notes) }
        for group in results.groups {
            out += "\(group.rank). \(Terminal.clean(group.title))  (\(Terminal.clean(group.id)))\n"
            for hit in group.hits { out += passage(hit) }
        }
        out += "Articles \(results.groups.first!.rank)–\(results.groups.last!.rank) of about \(results.estimatedArticles).\n"
        if let facets = results.facets { out += render(facets) }
        return out
    }

    /// "No results", or, for a page past the end, how many results there are.
    private func noResults(_ query: String, notes: [QueryNote]) -> String {
        for case .offsetPastEnd(let offset, let total) in notes {
            return "No results from \(offset + 1) on for \"\(Terminal.clean(query))\": there are about \(total).\n"
        }
        return "No results for \"\(Terminal.clean(query))\".\n"
    }

    private func header(suggestion: String?, searched: String?) -> String {
        var out = ""
        if let suggestion { out += "Did you mean: \(Terminal.clean(suggestion))?\n" }
        if let searched { out += "Searched for: \(Terminal.clean(searched))\n" }
        return out.isEmpty ? out : out + "\n"
    }

    /// The lines under a result's title: where it sits, the snippet, and why.
    func passage(_ hit: SearchHit) -> String {
        let p = hit.passage
        var place = "\(p.id)  \(p.kind.rawValue)"
        if let credit = p.credit { place += " (credit: \(credit))" }
        if let section = p.section { place += "  section: \(section)" }
        var out = "   \(Terminal.clean(place))\n"
        if let about = ArticleLine.text(p) { out += "   \(Terminal.clean(about))\n" }
        out += "   \(snippet(hit.snippet))\n"
        if let title = hit.titleSnippet { out += "   matched the title: \(snippet(title))\n" }
        if explain, let terms = hit.explanation {
            func parts(_ terms: [TermContribution]) -> String {
                Terminal.clean(terms.map { "\($0.term) \(String(format: "%.2f", $0.weight))" }.joined(separator: ", "))
            }
            let added = terms.filter { $0.feedback == true }
            var line = parts(terms.filter { $0.feedback != true })
            if !added.isEmpty { line += "; feedback: " + parts(added) }
            out += "   matched: \(line) = \(String(format: "%.2f", hit.score))\n"
        }
        return out + "\n"
    }

    private func render(_ facets: Facets) -> String {
        func line(_ name: String, _ counts: [Facets.Count]) -> String {
            guard !counts.isEmpty else { return "" }
            return "  \(name): " + counts.map { "\(Terminal.clean($0.value)) (\($0.count))" }.joined(separator: ", ") + "\n"
        }
        var out = "\nFacets over all matches:\n" + line("kind", facets.kinds) + line("section", facets.sections) + line("credit", facets.credits)
        if !facets.articles.isEmpty {
            out += "  top articles:\n"
            for article in facets.articles {
                out += "    \(article.count)  \(Terminal.clean(article.title ?? "")) (\(Terminal.clean(article.value)))\n"
            }
        }
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
