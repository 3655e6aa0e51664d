/// HTML pages (`.html`, `.htm`), parsed by libxml2's tolerant HTML parser.
///
/// - Encoding: the charset the page declares; else UTF-8; else Windows-1252, with a warning.
/// - Title: `og:title`, else the first `<h1>`, else `<title>`, else JSON-LD `headline`.
/// - Passages: see `HTMLBodyExtractor`.
/// - Date, byline, place, URL: see `HTMLMetadata`, then `<time datetime>`,
///   `rel=author` or a byline class in the body.
struct HTMLArticleParser: ArticleParsing {
    func parse(_ input: ArticleInput) -> ParsedFile {
        var warnings: [String] = []
        var fallback = false
        let encoding: String
        if input.bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            encoding = "UTF-8"  // a byte order mark outranks a declaration, as in browsers
        } else if let declared = CharsetSniffer.declaredCharset(input.bytes), !(CharsetSniffer.isUTF8(declared) && input.fallbackEncoding != nil) {
            encoding = declared
        } else if input.fallbackEncoding != nil {
            encoding = "windows-1252"
            warnings += Self.fallbackWarning(input).map { [$0] } ?? []
            fallback = true
        } else {
            encoding = "UTF-8"
        }
        guard let (document, limits) = HTMLTreeReader.parse(input.bytes, encoding: encoding) else {
            return ParsedFile(articles: [], warnings: warnings + ["the HTML parser could not read it"], decodedWithFallback: fallback)
        }
        warnings += limits.warning(charset: encoding).map { [$0] } ?? []
        return ParsedFile(articles: [Self.article(document)], warnings: warnings, decodedWithFallback: fallback)
    }

    static func article(_ document: HTMLNode) -> Article {
        let meta = HTMLMetadata(document)
        let root = HTMLBodyExtractor.articleRoot(document)
        var extractor = HTMLBodyExtractor()
        extractor.read(root)
        let h1 = (root.first { $0.name == "h1" } ?? document.first { $0.name == "h1" }).map { HTMLText.inline($0) }
        let title = [meta.metas["og:title"], h1, meta.documentTitle, meta.ld("headline")]
            .compactMap { $0 }.first { !$0.isEmpty } ?? ""
        var article = Article(title: title, passages: extractor.passages)
        article.date = meta.date ?? timeElementDate(root) ?? timeElementDate(document)
        article.byline = meta.byline ?? bodyByline(root)
        article.place = meta.place
        article.url = meta.url
        return article
    }

    /// `<time datetime>`: the one marked as the publication date, else the first.
    static func timeElementDate(_ node: HTMLNode) -> String? {
        let times = node.all { $0.name == "time" && $0["datetime"] != nil }
        let marked = times.first { $0["itemprop"]?.lowercased() == "datepublished" || $0["pubdate"] != nil }
        return (marked ?? times.first).flatMap { ArticleDate.normalize($0["datetime"]!) }
    }

    /// `rel=author`, `itemprop=author` or a `byline`/`author` class, without a leading "By".
    static func bodyByline(_ node: HTMLNode) -> String? {
        let found = node.first { element in
            element["rel"]?.lowercased() == "author" || element["itemprop"]?.lowercased() == "author"
                || element.classes.contains { $0 == "byline" || $0 == "author" || $0 == "author-name" }
        }
        guard var text = found.map({ HTMLText.inline($0) }), !text.isEmpty, text.count <= 120 else { return nil }
        if text.lowercased().hasPrefix("by ") { text = String(text.dropFirst(3)) }
        return text.isEmpty ? nil : text
    }
}
