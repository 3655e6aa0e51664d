/// How much one query term added to a hit's score (`--explain`).
public struct TermContribution: Sendable, Equatable, Codable {
    /// The term as the user would write it ("huawei", "title:rift").
    public var term: String
    public var weight: Double
    /// True for a term that pseudo-relevance feedback added (absent otherwise).
    public var feedback: Bool?

    public init(term: String, weight: Double, feedback: Bool? = nil) {
        self.term = term
        self.weight = weight
        self.feedback = feedback
    }
}
