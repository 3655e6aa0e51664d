import Foundation
import Indexer

/// The `--json` shape of a search: one object, for scripts.
struct SearchJSON: Encodable {
    struct Result: Encodable {
        var rank: Int
        var percent: Int
        var score: Double
        var id: String
        var path: String
        var title: String
        var passage: Int
        var kind: String
        var section: String?
        var credit: String?
        var text: String
        /// The snippet with matches in <b>…</b>, HTML-escaped.
        var snippet: String
        /// The snippet as plain text.
        var snippetText: String
        var matches: [String]
        /// With --explain: each matching term's share of the score.
        var explanation: [TermContribution]?
        var date: String?
        var byline: String?
        var place: String?
        var url: String?
        var format: String?
    }

    var query: String
    var estimatedTotal: Int
    var syntaxError: String?
    var tookUs: Int
    var results: [Result]
    var suggestion: String?
    var searchedQuery: String?
    var facets: Facets?
    /// What the query limits changed (absent when nothing).
    var notes: [String]?
    /// The exact number of matching passages (batch bench mode only).
    var matches: Int?
    /// Why the query failed (batch mode only).
    var error: String?

    init(query: String, estimatedTotal: Int, syntaxError: String?, tookUs: Int, results: [Result], error: String? = nil) {
        self.query = query
        self.estimatedTotal = estimatedTotal
        self.syntaxError = syntaxError
        self.tookUs = tookUs
        self.results = results
        self.error = error
    }

    init(_ r: SearchResults) {
        query = r.query
        estimatedTotal = r.estimatedTotal
        syntaxError = r.syntaxError
        tookUs = r.tookMicroseconds
        suggestion = r.suggestion
        searchedQuery = r.searchedQuery
        facets = r.facets
        notes = r.notes.isEmpty ? nil : r.notes.map(\.description)
        results = r.hits.map(Self.result)
    }

    static func result(_ hit: SearchHit) -> Result {
        let p = hit.passage
        return Result(rank: hit.rank, percent: hit.percent, score: hit.score, id: p.id, path: p.path, title: p.title,
                          passage: p.number, kind: p.kind.rawValue, section: p.section, credit: p.credit, text: p.text,
                          snippet: hit.snippet.fragments.map { $0.isMatch ? "<b>\(html($0.text))</b>" : html($0.text) }.joined(),
                          snippetText: hit.snippet.text, matches: hit.snippet.matches, explanation: hit.explanation,
                      date: p.date, byline: p.byline, place: p.place, url: p.url, format: p.format?.rawValue)
    }

    func encoded() throws -> String {
        try JSONOutput.encode(self)
    }

    static func encode(_ results: SearchResults) throws -> String {
        try SearchJSON(results).encoded()
    }

    /// A batch line for a query that could not be run.
    static func failure(query: String, error: String) throws -> String {
        try SearchJSON(query: query, estimatedTotal: 0, syntaxError: nil, tookUs: 0, results: [], error: error).encoded()
    }
}

private func html(_ s: String) -> String {
    var out = ""
    for c in s {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(c)
        }
    }
    return out
}
