/// The `search --json` object (`schemas/search.schema.json`), also each line of
/// `--batch` and, with `source` and `terms`, `similar --json`.
public struct SearchJSON: Encodable, Sendable, FreshnessFields {
    public var formatVersion = JSONOutput.formatVersion
    public var query: String
    /// Xapian's estimate of the matching passages (after the per-article limit, less the copies folded).
    public var estimatedTotal: Int
    public var syntaxError: String?
    public var tookUs: Int
    public var results: [ResultJSON]
    public var suggestion: String?
    public var searchedQuery: String?
    public var facets: Facets?
    /// What the query limits changed (absent when nothing).
    public var notes: [String]?
    /// A front index's remote shards that did not answer (`--allow-partial`; absent when none).
    public var missingShards: [MissingShard]?
    /// The corpus folder the index was built from, when known.
    public var corpus: String?
    /// The exact number of matching passages (`--batch --bench` only).
    public var exactTotal: Int?
    /// `similar`: the passage the search started from, and the words it searched for.
    public var source: PassageJSON?
    public var terms: [String]?

    /// When the index's last build started (ISO 8601), its generation and build sequence.
    public var indexBuiltAt: String?
    public var indexGeneration: String?
    public var buildSequence: Int?

    public init(_ r: SearchResults) {
        query = r.query
        estimatedTotal = r.estimatedTotal
        syntaxError = r.syntaxError
        tookUs = r.tookMicroseconds
        suggestion = r.suggestion
        searchedQuery = r.searchedQuery
        facets = r.facets
        notes = r.notes.isEmpty ? nil : r.notes.map(\.description)
        missingShards = r.missingShards.isEmpty ? nil : r.missingShards
        corpus = r.corpus
        results = r.hits.map { ResultJSON($0, corpus: r.corpus) }
    }

    public init(_ similar: SimilarResults) {
        self.init(similar.results)
        source = PassageJSON(similar.source, corpus: similar.results.corpus)
        source?.story = similar.sourceStory
        source?.duplicates = similar.sourceDuplicates
        terms = similar.terms
    }

    public func encoded() throws -> String {
        try JSONOutput.encode(self)
    }
}

/// A passage named without its text: `similar`'s source.
public struct PassageJSON: Encodable, Sendable {
    public var id: String
    public var path: String
    public var absolutePath: String?
    public var passage: Int
    public var title: String
    /// `similar`'s source: its story cluster, and its own copies left out of the results.
    public var story: String?
    public var duplicates: Duplicates?

    public init(_ p: StoredPassage, corpus: String?) {
        id = p.id
        path = p.path
        absolutePath = JSONOutput.absolutePath(corpus: corpus, path: p.path)
        passage = p.number
        title = p.title
    }
}
