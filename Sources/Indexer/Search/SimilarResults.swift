/// The answer to "passages like this one".
public struct SimilarResults: Sendable {
    /// The passage the search started from.
    public var source: StoredPassage
    /// The terms relevance feedback chose (the ESet), best first.
    public var terms: [String]
    public var results: SearchResults
    /// The story cluster of the source's article, when it has near-duplicates.
    public var sourceStory: String?
    /// With `DuplicateMode.collapse`: the source's own copies that match, left
    /// out of the results (they would be its best matches).
    public var sourceDuplicates: Duplicates?
}
