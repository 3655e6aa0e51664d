import CXapianShim

/// Xapian's stemming strategies, shared by TermGenerator and QueryParser.
public enum StemStrategy: String, Sendable, CaseIterable {
    case none, some, all
    /// Every word stemmed, stems written with a `Z` prefix: one term per word,
    /// and `MSet::snippet` recognises the stems it highlights.
    case allZ = "all_z"

    /// What marks a stemmed term in the index: `Z` for .allZ and .some, none otherwise.
    public var stemmedTermPrefix: String {
        switch self {
        case .allZ, .some: return "Z"
        case .none, .all: return ""
        }
    }

    var rawCode: Int32 {
        switch self {
        case .none: return Int32(XS_STEM_NONE)
        case .some: return Int32(XS_STEM_SOME)
        case .all: return Int32(XS_STEM_ALL)
        case .allZ: return Int32(XS_STEM_ALL_Z)
        }
    }
}
