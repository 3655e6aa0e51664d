import Foundation

/// A saved search (issue 14), stored in the index's first shard under
/// `IndexSchema.watchKey(name:)` as JSON.
public struct Watch: Codable, Sendable, Equatable {
    public var name: String
    public var query: String
    /// The build sequence up to which this watch has reported: the next check
    /// reports passages first indexed after it (0: everything that matches).
    public var mark: Int
    /// Seconds since 1970.
    public var createdAt: Double
    /// When a check last advanced the mark (seconds since 1970), if ever.
    public var checkedAt: Double?

    public init(name: String, query: String, mark: Int, createdAt: Double, checkedAt: Double? = nil) {
        self.name = name
        self.query = query
        self.mark = mark
        self.createdAt = createdAt
        self.checkedAt = checkedAt
    }

    func encoded() throws -> String { String(decoding: try JSONEncoder().encode(self), as: UTF8.self) }

    init?(decoding value: String) {
        guard let watch = try? JSONDecoder().decode(Watch.self, from: Data(value.utf8)) else { return nil }
        self = watch
    }

    /// A short slug: a lower-case letter or digit, then up to 39 of those, `-` or `_`.
    public static func isValidName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard (1...40).contains(bytes.count) else { return false }
        func slug(_ b: UInt8) -> Bool { (97...122).contains(b) || (48...57).contains(b) }
        return slug(bytes[0]) && bytes.allSatisfy { slug($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }
}
