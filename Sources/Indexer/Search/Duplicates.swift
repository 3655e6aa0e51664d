/// The near-identical copies folded into a hit: other articles of its story
/// (or, for a caption, other pages with the same caption) that match the query.
public struct Duplicates: Sendable, Equatable, Codable {
    /// How many copies (articles) match, counted over the whole match set.
    public var count: Int
    /// The id (`path#N`) of each copy's best passage, best first.
    public var ids: [String]

    public init(count: Int, ids: [String]) {
        self.count = count
        self.ids = ids
    }
}
