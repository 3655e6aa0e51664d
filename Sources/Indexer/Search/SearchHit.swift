/// One ranked passage.
public struct SearchHit: Sendable {
    /// 1-based rank across pages (offset included).
    public var rank: Int
    public var percent: Int
    public var score: Double
    public var passage: StoredPassage
    public var snippet: Snippet
    /// With `explain`: the matching query terms, largest contribution first.
    public var explanation: [TermContribution]?
    /// The article's title, its matches marked, when the passage itself holds no
    /// word of the query: it matched through its title.
    public var titleSnippet: Snippet?
    /// Xapian's document id, valid for the searcher that returned it.
    public var docid: UInt32 = 0

    public var id: String { passage.id }
}
