/// The freshness fields an answer's JSON carries (`index_built_at`,
/// `index_generation`, `build_sequence`), and the one way they are filled.
public protocol FreshnessFields {
    /// When the index's last build started (ISO 8601), its generation and build sequence.
    var indexBuiltAt: String? { get set }
    var indexGeneration: String? { get set }
    var buildSequence: Int? { get set }
}

extension FreshnessFields {
    /// This object with the index's freshness.
    public func with(_ freshness: IndexFreshness) -> Self {
        var copy = self
        copy.indexBuiltAt = freshness.builtAt.map(JSONOutput.iso8601(seconds:))
        copy.indexGeneration = freshness.generation
        copy.buildSequence = freshness.sequence
        return copy
    }
}
