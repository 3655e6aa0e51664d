import Foundation

/// The results part of the search page, as HTML, made on the server: for
/// `GET /?q=…` (the page works without its script) and for the script, which
/// asks for this part alone (`fragment=1`) as the user types. Every piece of
/// article text goes through `HTMLEscape.escape`.
struct ResultsHTML {
    let query: PageQuery
    var html = ""

    init(query: PageQuery, results: PageResults) {
        self.query = query
        switch results {
        case .none: break
        case .passages(let results): passages(results)
        case .articles(let results): articles(results)
        case .similar(let similar): self.similar(similar)
        case .failed(let error): html += "<p class=\"error\" role=\"alert\">\(e(error.message))</p>"
        }
    }

    private func e(_ text: String) -> String { HTMLEscape.escape(text) }

    private mutating func passages(_ results: SearchResults) {
        header(total: results.estimatedTotal, unit: "passage", shown: results.hits.count, took: results.tookMicroseconds,
               suggestion: results.suggestion, syntaxError: results.syntaxError, notes: results.notes.map(\.description))
        html += "<div class=\"columns\">"
        html += "<ol class=\"results\" start=\"\(query.offset + 1)\">"
        for hit in results.hits { html += "<li>" + hitHTML(hit, withTitle: true) + "</li>" }
        html += "</ol>"
        if let facets = results.facets { facetsHTML(facets) }
        html += "</div>"
        pager(total: results.estimatedTotal, shown: results.hits.count)
    }

    private mutating func articles(_ results: GroupedResults) {
        header(total: results.estimatedArticles, unit: "article", shown: results.groups.count, took: results.tookMicroseconds,
               suggestion: results.suggestion, syntaxError: results.syntaxError, notes: results.notes.map(\.description))
        html += "<ol class=\"results grouped\" start=\"\(query.offset + 1)\">"
        for group in results.groups {
            html += "<li><h2 class=\"title\">\(e(group.title.isEmpty ? group.path : group.title))</h2>"
            html += "<p class=\"where\">\(e(group.path))</p>"
            if let duplicates = group.duplicates { html += copiesHTML(duplicates) }
            html += "<ul class=\"passages\">"
            for hit in group.hits { html += "<li>" + hitHTML(hit, withTitle: false) + "</li>" }
            html += "</ul></li>"
        }
        html += "</ol>"
        pager(total: results.estimatedArticles, shown: results.groups.count)
    }

    private mutating func similar(_ similar: SimilarResults) {
        html += "<p class=\"summary\">Passages like <b>\(e(similar.source.id))</b> (\(e(similar.source.title))), "
        html += "searched for: \(e(similar.terms.joined(separator: " ")))</p>"
        html += "<ol class=\"results\">"
        for hit in similar.results.hits { html += "<li>" + hitHTML(hit, withTitle: true) + "</li>" }
        html += "</ol>"
        if similar.results.hits.isEmpty { html += "<p class=\"summary\">No similar passages.</p>" }
    }

    private mutating func header(total: Int, unit: String, shown: Int, took: Int, suggestion: String?,
                                 syntaxError: String?, notes: [String]) {
        if let suggestion {
            let link = query.link { $0.text = suggestion; $0.offset = 0 }
            html += "<p class=\"suggestion\">Did you mean <a href=\"\(e(link))\" data-nav>\(e(suggestion))</a>?</p>"
        }
        if let syntaxError { html += "<p class=\"note\">The query has a syntax error (\(e(syntaxError))); searched as words.</p>" }
        for note in notes { html += "<p class=\"note\">\(e(note))</p>" }
        let ms = Double(took) / 1_000
        if shown == 0 {
            html += "<p class=\"summary\">No results\(query.offset > 0 ? " on this page" : "").</p>"
        } else {
            let first = query.offset + 1, last = query.offset + shown
            html += "<p class=\"summary\">\(unit.capitalized)s \(first)–\(last) of about \(Digits.grouped(max(total, last))) "
            html += "<span class=\"took\">(\(String(format: "%.1f", ms)) ms)</span></p>"
        }
    }

    private func hitHTML(_ hit: SearchHit, withTitle: Bool) -> String {
        let p = hit.passage
        var out = "<article class=\"hit\" tabindex=\"-1\" data-id=\"\(e(p.id))\">"
        if withTitle { out += "<h2 class=\"title\">\(e(p.title.isEmpty ? p.path : p.title))</h2>" }
        var meta = ["<span class=\"id\">\(e(p.id))</span>", "<span class=\"kind\">\(e(p.kind.rawValue))</span>"]
        if let section = p.section { meta.append("<span class=\"section\">\(e(section))</span>") }
        if let credit = p.credit { meta.append("<span class=\"credit\">\(e(credit))</span>") }
        if let date = p.date { meta.append("<time>\(e(date))</time>") }
        if let byline = p.byline { meta.append("<span class=\"byline\">\(e(byline))</span>") }
        out += "<p class=\"where\">" + meta.joined(separator: " · ") + " <span class=\"percent\">\(hit.percent)%</span></p>"
        out += "<p class=\"snippet\">" + hit.snippet.fragments.map { $0.isMatch ? "<mark>\(e($0.text))</mark>" : e($0.text) }.joined() + "</p>"
        if let duplicates = hit.duplicates { out += copiesHTML(duplicates) }
        out += "<p class=\"actions\"><a href=\"\(e(query.link { $0.similar = p.id; $0.offset = 0 }))\" data-nav>Similar passages</a></p>"
        return out + "</article>"
    }

    /// "+4 near-identical copies", the copies' ids in its title.
    private func copiesHTML(_ duplicates: Duplicates) -> String {
        let noun = duplicates.count == 1 ? "copy" : "copies"
        return "<p class=\"copies\" title=\"\(e(duplicates.ids.joined(separator: " ")))\">+\(duplicates.count) near-identical \(noun)</p>"
    }

    private mutating func facetsHTML(_ facets: Facets) {
        html += "<aside class=\"facets\" aria-label=\"Refine\">"
        facetList("Kind", facets.kinds) { "kind:\($0.value)" }
        facetList("Section", facets.sections) { "section:\(Self.quoted($0.value))" }
        facetList("Credit", facets.credits) { "credit:\(Self.quoted($0.value))" }
        facetList("Articles", facets.articles) { "path:\(Self.quoted($0.value))" }
        html += "</aside>"
    }

    private mutating func facetList(_ name: String, _ counts: [Facets.Count], filter: (Facets.Count) -> String) {
        guard !counts.isEmpty else { return }
        html += "<section><h3>\(name)</h3><ul>"
        for count in counts.prefix(10) {
            let added = filter(count)
            let link = query.link { $0.text = ($0.text + " " + added).trimmingCharacters(in: .whitespaces); $0.offset = 0 }
            html += "<li><a href=\"\(e(link))\" data-nav>\(e(count.title ?? count.value))</a> <span class=\"count\">\(Digits.grouped(count.count))</span></li>"
        }
        html += "</ul></section>"
    }

    private mutating func pager(total: Int, shown: Int) {
        let size = PageQuery.pageSize
        var links: [String] = []
        if query.offset > 0 {
            links.append("<a href=\"\(e(query.link { $0.offset = max(0, $0.offset - size) }))\" rel=\"prev\" data-nav>← Previous</a>")
        }
        if shown == size, query.offset + size < total, query.offset + size <= QueryLimits.offsetRange.upperBound {
            links.append("<a href=\"\(e(query.link { $0.offset += size }))\" rel=\"next\" data-nav>Next →</a>")
        }
        if !links.isEmpty { html += "<nav class=\"pager\" aria-label=\"Pages\">" + links.joined(separator: " ") + "</nav>" }
    }

    /// A facet value as a query's phrase.
    static func quoted(_ value: String) -> String {
        value.contains(where: { $0 == " " || $0 == ":" }) ? "\"" + value.replacingOccurrences(of: "\"", with: "") + "\"" : value
    }
}
