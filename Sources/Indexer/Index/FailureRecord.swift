/// A file that could not be indexed, and why. It is retried when its size or
/// modification time changes, and listed by `index status`.
public struct FailureRecord: Sendable, Equatable, Codable {
    public var path: String
    public var size: Int64
    public var mtimeNs: Int64
    public var reason: String
    public var tag: String

    public init(path: String, size: Int64, mtimeNs: Int64, reason: SkipReason) {
        self.init(path: path, size: size, mtimeNs: mtimeNs, reason: reason.description, tag: reason.tag)
    }

    init(path: String, size: Int64, mtimeNs: Int64, reason: String, tag: String) {
        self.path = path
        self.size = size
        self.mtimeNs = mtimeNs
        self.reason = reason
        self.tag = tag
    }

    enum CodingKeys: String, CodingKey { case path, size, mtimeNs = "mtime_ns", reason, tag }

    /// "size mtime tag" TAB reason TAB path.
    func encoded() -> String {
        "\(size) \(mtimeNs) \(tag)\t\(reason)\t\(path)"
    }

    init?(decoding value: String) {
        let parts = value.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        let fields = parts[0].split(separator: " ")
        guard fields.count == 3, let size = Int64(fields[0]), let mtime = Int64(fields[1]) else { return nil }
        self.init(path: String(parts[2]), size: size, mtimeNs: mtime, reason: String(parts[1]), tag: String(fields[2]))
    }
}
