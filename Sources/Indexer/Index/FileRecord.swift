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
        guard let tab = value.firstIndex(of: "\t") else { return nil }
        let fields = value[..<tab].split(separator: " ")
        guard fields.count == 5 || fields.count == 6, let size = Int64(fields[0]), let mtime = Int64(fields[1]),
              let hash = UInt64(fields[2], radix: 16), let passages = Int(fields[3]), let captions = Int(fields[4]) else { return nil }
        let articles = fields.count == 6 ? Int(fields[5]) ?? 1 : 1
        self.init(path: String(value[value.index(after: tab)...]), size: size, mtimeNs: mtime, hash: hash, passages: passages,
                  captions: captions, articles: articles)
    }
}
