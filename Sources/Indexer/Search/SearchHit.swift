/// One ranked passage.
public struct SearchHit: Sendable {
    /// 1-based rank across pages (offset included).
    public var rank: Int
    public var percent: Int
    public var score: Double
    public var passage: StoredPassage
    public var snippet: Snippet

    public var id: String { passage.id }
}
