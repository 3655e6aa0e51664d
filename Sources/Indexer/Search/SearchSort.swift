/// Result orders besides relevance; ties fall back to relevance.
public enum SearchSort: String, Sendable, CaseIterable {
    case relevance
    /// By file path, then passage number: reading order through the archive.
    case path
    /// Reverse path order.
    case pathDescending = "path-desc"

    var keys: [(slot: UInt32, reverse: Bool)] {
        switch self {
        case .relevance: return []
        case .path: return [(IndexSchema.pathSlot, false), (IndexSchema.passageNumberSlot, false)]
        case .pathDescending: return [(IndexSchema.pathSlot, true), (IndexSchema.passageNumberSlot, true)]
        }
    }
}
