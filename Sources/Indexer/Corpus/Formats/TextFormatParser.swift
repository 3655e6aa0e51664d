/// The plain-text format: the seed's rules (`TextArticleParser`), one article per file.
struct TextFormatParser: ArticleParsing {
    func parse(_ input: ArticleInput) -> ParsedFile {
        let (article, leftOut) = TextArticleParser().read(input.text)
        var parsed = Self.single(article, input)
        parsed.passagesLeftOut = leftOut
        return parsed
    }
}
