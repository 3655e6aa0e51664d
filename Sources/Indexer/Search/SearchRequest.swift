/// One search: the query text and how to page, order and explain its results.
public struct SearchRequest: Sendable {
    public var query: String
    public var limit = 10
    public var offset = 0
    /// At most this many passages per article; 0 lifts the limit.
    public var perArticle = 2
    /// Snippet length in characters.
    public var snippetLength = 200
    /// Relevance (the default), publication date, or path.
    public var sort: SearchSort = .relevance
    /// Count kinds, sections, credits and articles over the whole match set.
    public var facets = false
    /// Say which query terms matched each hit, and what each contributed.
    public var explain = false
    /// Search with the spelling suggestion instead of the query as typed.
    public var correctSpelling = false
    /// Pseudo-relevance feedback (`Ranking.feedback*`): the top of the ranking
    /// reordered by the words of its best passages.
    public var feedback = true
    /// Expand every term that has synonyms (`~term` always expands one).
    public var expandSynonyms = false
    /// Show each story (and each caption shown on several pages) once, its
    /// copies folded into it (the default), or every copy.
    public var duplicates: DuplicateMode = .collapse
    /// Only passages whose content was first indexed by a build in this range
    /// of build sequences (`IndexSchema.firstSeenSlot`): what a watch reports.
    public var firstSeen: ClosedRange<Int>?

    public init(query: String, limit: Int = 10, offset: Int = 0, perArticle: Int = 2) {
        self.query = query
        self.limit = limit
        self.offset = offset
        self.perArticle = perArticle
    }
}
