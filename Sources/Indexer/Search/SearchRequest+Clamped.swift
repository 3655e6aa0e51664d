extension SearchRequest {
    /// The largest limit, offset or per-article limit a search passes on: Xapian
    /// counts in 32 bits, and offset + limit must fit too. (The command line
    /// checks its narrower ranges, `QueryLimits`; this keeps any caller of the
    /// library from trapping.)
    static let largestCount = Int(UInt32.max / 2)

    /// This request with its counts within 0…`largestCount`.
    var clamped: SearchRequest {
        var request = self
        request.limit = Self.clamp(limit)
        request.offset = Self.clamp(offset)
        request.perArticle = Self.clamp(perArticle)
        request.snippetLength = Self.clamp(snippetLength)
        return request
    }

    private static func clamp(_ n: Int) -> Int { min(max(n, 0), largestCount) }
}
