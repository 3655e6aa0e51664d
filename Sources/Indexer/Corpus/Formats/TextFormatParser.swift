/// The plain-text format: the seed's rules (`TextArticleParser`), one article per file.
struct TextFormatParser: ArticleParsing {
    func parse(_ input: ArticleInput) -> ParsedFile {
        Self.single(TextArticleParser().parse(input.text), input)
    }
}
