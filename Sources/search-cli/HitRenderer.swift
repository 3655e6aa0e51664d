import Foundation
import Indexer

/// Renders search results as text: rank, percent, title, where the passage
/// sits, and the snippet with matches marked (`Highlight`). With a `width`
/// (a terminal's), titles are cut and snippets wrapped at word boundaries;
/// ranks are right-aligned so the columns line up past rank 9.
struct HitRenderer {
    var highlight: Highlight
    var explain = false
    /// The terminal's columns; nil (a pipe): lines are not wrapped.
    var width: Int? = Terminal.columns(STDOUT_FILENO)

    func render(_ results: SearchResults) -> String {
        var out = header(suggestion: results.suggestion, searched: results.searchedQuery)
        if results.hits.isEmpty {
            out += noResults(results.query, notes: results.notes)
        } else {
            let rankWidth = String(results.hits.last!.rank).count
            for hit in results.hits {
                let head = pad(hit.rank, rankWidth) + ". " + pad(hit.percent, 3) + "%  "
                out += head + fit(Terminal.clean(hit.passage.title), after: head.count) + "\n"
                out += passage(hit, indent: rankWidth + 2)
            }
            out += "Results \(results.hits.first!.rank)–\(results.hits.last!.rank) of about \(results.estimatedTotal).\n"
        }
        if let facets = results.facets { out += render(facets) }
        return out
    }

    func render(_ results: GroupedResults) -> String {
        var out = header(suggestion: results.suggestion, searched: results.searchedQuery)
        guard !results.groups.isEmpty else { return out + noResults(results.query, notes: results.notes) }
        let rankWidth = String(results.groups.last!.rank).count
        for group in results.groups {
            let head = pad(group.rank, rankWidth) + ". "
            out += head + fit("\(Terminal.clean(group.title))  (\(Terminal.clean(group.id)))", after: head.count) + "\n"
            if let duplicates = group.duplicates {
                let margin = String(repeating: " ", count: rankWidth + 2)
                out += margin + fit(Terminal.clean(CopiesLine.text(duplicates)), after: margin.count) + "\n"
            }
            for hit in group.hits { out += passage(hit, indent: rankWidth + 2) }
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
    func passage(_ hit: SearchHit, indent: Int = 3) -> String {
        let p = hit.passage
        let margin = String(repeating: " ", count: indent)
        var place = "\(p.id)  \(p.kind.rawValue)"
        if let credit = p.credit { place += " (credit: \(credit))" }
        if let section = p.section { place += "  section: \(section)" }
        if let story = hit.story { place += "  story: \(story)" }
        var out = margin + fit(Terminal.clean(place), after: margin.count) + "\n"
        if let about = ArticleLine.text(p) { out += margin + fit(Terminal.clean(about), after: margin.count) + "\n" }
        out += snippet(hit.snippet, margin: margin)
        if let title = hit.titleSnippet { out += snippet(title, margin: margin, lead: "matched the title: ") }
        if let duplicates = hit.duplicates { out += margin + fit(Terminal.clean(CopiesLine.text(duplicates)), after: margin.count) + "\n" }
        if explain, let terms = hit.explanation {
            func parts(_ terms: [TermContribution]) -> String {
                Terminal.clean(terms.map { "\($0.term) \(String(format: "%.2f", $0.weight))" }.joined(separator: ", "))
            }
            let added = terms.filter { $0.feedback == true }
            var line = parts(terms.filter { $0.feedback != true })
            if !added.isEmpty { line += "; feedback: " + parts(added) }
            out += "\(margin)matched: \(line) = \(String(format: "%.2f", hit.score))\n"
        }
        return out + "\n"
    }

    /// `n` right-aligned in `width` columns.
    private func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return String(repeating: " ", count: max(width - digits.count, 0)) + digits
    }

    /// A one-line text cut at a word boundary to what is left of the line.
    private func fit(_ text: String, after used: Int) -> String {
        guard let width else { return text }
        return TextWrap.cut(text, width: max(width - 1 - used, 10))
    }

    private func render(_ facets: Facets) -> String {
        func line(_ name: String, _ counts: [Facets.Count]) -> String {
            guard !counts.isEmpty else { return "" }
            return "  \(name): " + counts.map { "\(Terminal.clean($0.value)) (\($0.count))" }.joined(separator: ", ") + "\n"
        }
        let stories = "  matching: \(facets.totals.articles) \(facets.totals.articles == 1 ? "article" : "articles"), " +
            "\(facets.totals.stories) \(facets.totals.stories == 1 ? "story" : "stories")\n"
        var out = "\nFacets over all matches:\n" + stories + line("kind", facets.kinds) + line("section", facets.sections) + line("credit", facets.credits)
        if !facets.articles.isEmpty {
            out += "  top articles:\n"
            for article in facets.articles {
                out += "    \(article.count)  \(Terminal.clean(article.title ?? "")) (\(Terminal.clean(article.value)))\n"
            }
        }
        return out
    }

    /// The snippet's lines, each after `margin`: wrapped to the terminal,
    /// or one line in a pipe.
    private func snippet(_ s: Snippet, margin: String, lead: String = "") -> String {
        let text = s.fragments.map { TextWrap.Piece(text: Terminal.clean($0.text), isMatch: $0.isMatch) }
        let pieces = (lead.isEmpty ? [] : [TextWrap.Piece(text: lead, isMatch: false)]) + text
        guard let width else {
            return margin + pieces.map { highlight.render($0.text, isMatch: $0.isMatch) }.joined() + "\n"
        }
        return TextWrap.lines(pieces, width: max(width - 1 - margin.count, 20), highlight: highlight)
            .map { margin + $0 + "\n" }.joined()
    }
}
