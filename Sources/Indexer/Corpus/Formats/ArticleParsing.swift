/// A parser of one file format into articles.
public protocol ArticleParsing: Sendable {
    func parse(_ input: ArticleInput) -> ParsedFile
}

extension ArticleParsing {
    /// The usual warning for text that was not UTF-8 and was decoded as a fallback.
    static func fallbackWarning(_ input: ArticleInput) -> String? {
        guard let encoding = input.fallbackEncoding else { return nil }
        let offset = input.invalidUTF8Offset.map { " (first bad byte at offset \($0))" } ?? ""
        return "not valid UTF-8\(offset); decoded as \(encoding)"
    }

    /// A one-article file: the article, plus the fallback warning when needed.
    static func single(_ article: Article, _ input: ArticleInput) -> ParsedFile {
        let warning = fallbackWarning(input)
        return ParsedFile(articles: [article], warnings: warning.map { [$0] } ?? [], decodedWithFallback: warning != nil)
    }
}
