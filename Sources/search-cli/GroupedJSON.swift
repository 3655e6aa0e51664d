import Foundation
import Indexer

/// The `--group --json` shape: a page of articles, each with its passages.
struct GroupedJSON: Encodable {
    struct Group: Encodable {
        var rank: Int
        var path: String
        var title: String
        var results: [SearchJSON.Result]
    }

    var query: String
    var estimatedArticles: Int
    var syntaxError: String?
    var suggestion: String?
    var searchedQuery: String?
    var tookUs: Int
    /// What the query limits changed (absent when nothing).
    var notes: [String]?
    var groups: [Group]

    init(_ r: GroupedResults) {
        query = r.query
        estimatedArticles = r.estimatedArticles
        syntaxError = r.syntaxError
        suggestion = r.suggestion
        searchedQuery = r.searchedQuery
        tookUs = r.tookMicroseconds
        notes = r.notes.isEmpty ? nil : r.notes.map(\.description)
        groups = r.groups.map { Group(rank: $0.rank, path: $0.path, title: $0.title, results: $0.hits.map(SearchJSON.result)) }
    }

    func encoded() throws -> String {
        try JSONOutput.encode(self)
    }
}
