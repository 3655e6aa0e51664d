/// What the search page shows under its form: one of a search's answers, or
/// why there is none.
public enum PageResults: Sendable {
    case none
    case passages(SearchResults)
    case articles(GroupedResults)
    case similar(SimilarResults)
    case failed(APIError)
}
