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
    /// The story cluster of the passage's article (`s` + 16 hex), when the
    /// archive holds near-duplicates of it.
    public var story: String?
    /// With `DuplicateMode.collapse`, on the first hit of a story (or of a
    /// caption shown on several pages): the matching copies folded into it.
    public var duplicates: Duplicates?
    /// Xapian's document id, valid for the searcher that returned it.
    public var docid: UInt32 = 0

    public var id: String { passage.id }
}
