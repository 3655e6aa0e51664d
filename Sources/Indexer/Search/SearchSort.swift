/// The order of search results.
public enum SearchSort: String, Sendable, CaseIterable {
    /// Best match first (BM25).
    case relevance
    /// Newest publication date first, then best match; undated articles last.
    case date
}
