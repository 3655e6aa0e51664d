/// What the index remembers about one indexed file, stored in the user
/// metadata of the file's shard so it commits together with its passages.
public struct FileRecord: Sendable, Equatable {
    public var path: String
    public var size: Int64
    public var mtimeNs: Int64
    public var hash: UInt64
    public var passages: Int
    public var captions: Int
    /// Articles in the file: 1, or one per good line of a JSON Lines file.
    public var articles: Int

    public init(path: String, size: Int64, mtimeNs: Int64, hash: UInt64, passages: Int, captions: Int, articles: Int = 1) {
        self.path = path
        self.size = size
        self.mtimeNs = mtimeNs
        self.hash = hash
        self.passages = passages
        self.captions = captions
        self.articles = articles
    }

    /// "size mtime hash passages captions articles" then a tab and the path.
    func encoded() -> String {
        "\(size) \(mtimeNs) \(ContentHash.hex(hash)) \(passages) \(captions) \(articles)\t\(path)"
    }

    init?(decoding value: String) {
        // Parsed straight from the UTF-8 bytes: an incremental build decodes
        // one record per file of the corpus.
        guard let record = Array(value.utf8).withUnsafeBufferPointer(Self.parse) else { return nil }
        self = record
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> FileRecord? {
        guard let tab = bytes.firstIndex(of: 9) else { return nil }
        let fields = bytes[..<tab].split(separator: 32)
        // Five fields, or six with the article count (files of several articles).
        guard fields.count == 5 || fields.count == 6, let size = decimal(fields[0]), let mtime = decimal(fields[1]),
              let hash = hex(fields[2]), let passages = decimal(fields[3]), let captions = decimal(fields[4]) else { return nil }
        let articles = fields.count == 6 ? decimal(fields[5]).map(Int.init) ?? 1 : 1
        let path = String(decoding: UnsafeBufferPointer(rebasing: bytes[(tab + 1)...]), as: UTF8.self)
        return FileRecord(path: path, size: size, mtimeNs: mtime, hash: hash, passages: Int(passages), captions: Int(captions),
                          articles: articles)
    }

    private static func decimal(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int64? {
        var value: Int64 = 0
        var sign: Int64 = 1
        for (offset, byte) in digits.enumerated() {
            if offset == 0 && byte == UInt8(ascii: "-") { sign = -1; continue }
            guard (48...57).contains(byte) else { return nil }
            value = value &* 10 &+ Int64(byte - 48)
        }
        return value * sign
    }

    private static func hex(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64? {
        var value: UInt64 = 0
        for byte in digits {
            let digit: UInt8
            switch byte {
            case 48...57: digit = byte - 48
            case 97...102: digit = byte - 87
            case 65...70: digit = byte - 55
            default: return nil
            }
            value = value << 4 | UInt64(digit)
        }
        return value
    }
}
