/// The answer to a `SearchRequest`.
public struct SearchResults: Sendable {
    public var query: String
    /// Xapian's estimate of all matching passages (after per-article collapsing, less
    /// the copies folded with `DuplicateMode.collapse`).
    public var estimatedTotal: Int
    public var hits: [SearchHit]
    /// Set when the query had a syntax error and was searched as plain words.
    public var syntaxError: String?
    /// A spelling suggestion for the query, when some words look misspelt.
    public var suggestion: String?
    /// The query actually searched, when it differs from the one typed
    /// (a spelling correction, or synonyms expanded).
    public var searchedQuery: String?
    public var facets: Facets?
    /// The corpus folder the index was built from (absolute), when known: a
    /// hit's file is `corpus/path`.
    public var corpus: String?
    /// Microseconds the search took, parse to snippets.
    public var tookMicroseconds: Int
    /// What `QueryLimits` changed (the query cut, a wildcard capped, ...), one line each.
    public var notes: [QueryNote] = []
    /// A front index's remote shards that did not answer: the hits are the other shards' (`allowPartial`).
    public var missingShards: [MissingShard] = []
}
