/// What a parser made of one file: its articles (several for JSON Lines),
/// and warnings to print with the file's name (a bad line, a fallback decoding).
/// `ArticleFormat.parse` gives a file at most one warning, its parts joined.
public struct ParsedFile: Sendable {
    public var articles: [Article]
    public var warnings: [String]
    /// True when the text was decoded with a fallback charset (not UTF-8, none declared).
    public var decodedWithFallback: Bool
    /// Passages (or, in plain text, blocks) not read because an article
    /// reached `CorpusLimits.passagesPerArticle`.
    public var passagesLeftOut = 0

    public init(articles: [Article], warnings: [String] = [], decodedWithFallback: Bool = false) {
        self.articles = articles
        self.warnings = warnings
        self.decodedWithFallback = decodedWithFallback
    }

    public var passageCount: Int { articles.reduce(0) { $0 + $1.passages.count } }
    public var captionCount: Int { articles.reduce(0) { $0 + $1.captions.count } }
}
