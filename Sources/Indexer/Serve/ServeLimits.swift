/// What one request to `serve` may ask for, beyond `QueryLimits` (which bound
/// the query itself): a page of results, a request's size, and the threads
/// that search.
public struct ServeLimits: Sendable {
    /// Results (or articles, grouped) per page: a page is made and sent whole.
    public var pageSize = 1...100
    /// Paging depth, as on the command line.
    public var offset = QueryLimits.offsetRange
    public var perArticle = QueryLimits.perArticleRange
    /// Characters of a query or passage id (`q`, `id`): at most four UTF-8
    /// bytes each, so within `QueryLimits.maxBytes`, and what the OpenAPI
    /// document can say (JSON Schema counts characters, not bytes).
    public var queryCharacters = QueryLimits.standard.maxBytes / 4
    /// Bytes of a request's target (path and query string): room for a query
    /// of `QueryLimits.maxBytes` percent-encoded three bytes a byte.
    public var targetBytes = 3 * QueryLimits.standard.maxBytes + 1_024
    /// Bytes of a request body: the API reads none.
    public var bodyBytes = 0

    public init() {}
}
