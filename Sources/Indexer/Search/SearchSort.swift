/// Result orders; ties fall back to relevance.
public enum SearchSort: String, Sendable, CaseIterable {
    /// Best match first (BM25).
    case relevance
    /// Newest publication date first, then best match; undated articles last.
    case date
    /// By file path, then passage number: reading order through the archive.
    case path
    /// Reverse path order.
    case pathDescending = "path-desc"

    /// One value slot per order (a remote shard refuses the KeyMaker of several).
    var key: (slot: UInt32, reverse: Bool)? {
        switch self {
        case .relevance: return nil
        case .date: return (IndexSchema.dateSlot, true)
        case .path: return (IndexSchema.pathOrderSlot, false)
        case .pathDescending: return (IndexSchema.pathOrderSlot, true)
        }
    }
}
