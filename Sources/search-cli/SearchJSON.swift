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

    init(_ r: SearchResults) {
        query = r.query
        estimatedTotal = r.estimatedTotal
        syntaxError = r.syntaxError
        tookUs = r.tookMicroseconds
        results = r.hits.map { hit in
            let p = hit.passage
            return Result(rank: hit.rank, percent: hit.percent, score: hit.score, id: p.id, path: p.path, title: p.title,
                          passage: p.number, kind: p.kind.rawValue, section: p.section, credit: p.credit, text: p.text,
                          snippet: hit.snippet.fragments.map { $0.isMatch ? "<b>\(html($0.text))</b>" : html($0.text) }.joined(),
                          snippetText: hit.snippet.text, matches: hit.snippet.matches,
                          date: p.date, byline: p.byline, place: p.place, url: p.url, format: p.format?.rawValue)
        }
    }

    static func encode(_ results: SearchResults) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(SearchJSON(results)), as: UTF8.self)
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
