/// When two articles are near-duplicates: their estimated Jaccard similarity
/// (`Fingerprint.similarity`) is at least `similarity`; or `off`, no
/// fingerprints and no story clusters.
public enum DuplicateThreshold: Sendable, Equatable, CustomStringConvertible {
    case off
    case similarity(Double)

    /// The default, measured on labelled pairs of Reuters-21578, BBC News and
    /// generated copies (README, "Near-duplicate stories"): precision 0.959 and
    /// recall 0.898, against 0.928 and 0.933 at 0.5; a false merge hides a story.
    public static let standard = DuplicateThreshold.similarity(0.6)
    /// The lowest threshold accepted: below it, LSH misses too many of the pairs it should verify.
    public static let lowest = 0.3

    /// `off`, or a decimal from `lowest` to 1.
    public init?(_ text: String) {
        if text == "off" { self = .off; return }
        guard let value = Double(text), value >= Self.lowest, value <= 1 else { return nil }
        self = .similarity(value)
    }

    public var description: String {
        switch self {
        case .off: "off"
        case .similarity(let value): String(value)
        }
    }

    public var fingerprints: Bool { self != .off }

    /// The similarity, nil when off.
    public var value: Double? {
        if case .similarity(let value) = self { return value }
        return nil
    }

    func accepts(_ similarity: Double) -> Bool { value.map { similarity >= $0 } ?? false }
}
