/// How much one query term added to a hit's score (`--explain`).
public struct TermContribution: Sendable, Equatable, Codable {
    /// The term as the user would write it ("huawei", "title:rift").
    public var term: String
    public var weight: Double
}
