/// One article file, read into its title and passages. Pure data: no Xapian.
public struct Article: Sendable, Equatable {
    public var title: String
    /// Reuters-style dateline ("WASHINGTON, Feb 26"), when the article has one.
    public var dateline: String?
    public var passages: [Passage]

    public init(title: String, dateline: String? = nil, passages: [Passage]) {
        self.title = title
        self.dateline = dateline
        self.passages = passages
    }

    public var paragraphs: [Passage] { passages.filter { $0.kind == .paragraph } }
    public var captions: [Passage] { passages.filter { $0.kind == .caption } }
}
