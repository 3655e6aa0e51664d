/// The answer to "passages like this one".
public struct SimilarResults: Sendable {
    /// The passage the search started from.
    public var source: StoredPassage
    /// The terms relevance feedback chose (the ESet), best first.
    public var terms: [String]
    public var results: SearchResults
}
