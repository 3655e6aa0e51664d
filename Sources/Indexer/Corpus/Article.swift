/// One article, read into its title and passages. Pure data: no Xapian.
/// Every format (text, HTML, Markdown, JSON Lines) becomes this model.
public struct Article: Sendable, Equatable {
    public var title: String
    /// Reuters-style dateline ("WASHINGTON, Feb 26"), when the article has one.
    public var dateline: String?
    public var passages: [Passage]
    /// Publication date: ISO 8601, `YYYY-MM-DD` or a full timestamp.
    public var date: String?
    public var byline: String?
    /// Where the story was filed ("WASHINGTON"), from a dateline or metadata.
    public var place: String?
    public var url: String?
    /// Which article of its file this is, when a file holds several (the line
    /// number of a JSON Lines record); nil for one-article files.
    public var locator: String?

    public init(title: String, dateline: String? = nil, passages: [Passage], date: String? = nil,
                byline: String? = nil, place: String? = nil, url: String? = nil, locator: String? = nil) {
        self.title = title
        self.dateline = dateline
        self.passages = passages
        self.date = date
        self.byline = byline
        self.place = place
        self.url = url
        self.locator = locator
    }

    public var paragraphs: [Passage] { passages.filter { $0.kind == .paragraph } }
    public var captions: [Passage] { passages.filter { $0.kind == .caption } }
}
