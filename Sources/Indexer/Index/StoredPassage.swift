/// What a passage document stores as its data: everything a search hit shows.
/// Fields are separated by U+001F, which `TextSanitizer` removes from all text.
public struct StoredPassage: Sendable, Equatable {
    public var path: String
    public var number: Int
    public var kind: Passage.Kind
    public var title: String
    public var section: String?
    public var credit: String?
    public var text: String
    /// The article's publication date (ISO 8601), byline, place and URL, when known.
    public var date: String?
    public var byline: String?
    public var place: String?
    public var url: String?
    /// Which article of a multi-article file (a JSON Lines line number).
    public var locator: String?

    static let separator: Character = "\u{1F}"

    /// "path#N", or "path:locator#N" for an article of a multi-article file.
    public var id: String { "\(IndexSchema.articlePath(path, locator: locator))#\(number)" }

    /// The file's format, by its extension.
    public var format: ArticleFormat? { ArticleFormat(path: path) }

    public func encoded() -> String {
        [IndexSchema.version, path, String(number), kind.rawValue, title, section ?? "", credit ?? "", text,
         date ?? "", byline ?? "", place ?? "", url ?? "", locator ?? ""]
            .map { $0.contains(Self.separator) ? $0.filter { $0 != Self.separator } : $0 }
            .joined(separator: String(Self.separator))
    }

    public init(path: String, number: Int, kind: Passage.Kind, title: String, section: String?, credit: String?, text: String,
                date: String? = nil, byline: String? = nil, place: String? = nil, url: String? = nil, locator: String? = nil) {
        self.path = path
        self.number = number
        self.kind = kind
        self.title = title
        self.section = section
        self.credit = credit
        self.text = text
        self.date = date
        self.byline = byline
        self.place = place
        self.url = url
        self.locator = locator
    }

    public init(article: Article, passage: Passage, path: String) {
        self.init(path: path, number: passage.number, kind: passage.kind, title: article.title, section: passage.section,
                  credit: passage.credit, text: passage.text, date: article.date, byline: article.byline,
                  place: article.place, url: article.url, locator: article.locator)
    }

    /// Nil when the data was not written by this schema version.
    public init?(decoding data: String) {
        // Split on the byte, not on Characters: this runs for every hit shown.
        let fields = data.utf8.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(Substring($0)) }
        guard fields.count == 13, fields[0] == IndexSchema.version, let number = Int(fields[2]),
              let kind = Passage.Kind(rawValue: fields[3]) else { return nil }
        func optional(_ i: Int) -> String? { fields[i].isEmpty ? nil : fields[i] }
        self.init(path: fields[1], number: number, kind: kind, title: fields[4], section: optional(5), credit: optional(6),
                  text: fields[7], date: optional(8), byline: optional(9), place: optional(10), url: optional(11), locator: optional(12))
    }
}
