/// Markdown (`.md`), parsed by cmark-gfm (CommonMark) into HTML, then read
/// block by block.
///
/// - Front matter (`---` lines at the top) gives `title:`, `date:`, `author:`
///   (or `byline:`), `place:` and `url:`.
/// - The title is the front matter's, else the first heading; later headings
///   start sections.
/// - Paragraphs and list items are paragraphs.
/// - An image is a caption (its alt text); an emphasised line right after it
///   (in the same paragraph or the next one) is its credit.
/// - A file too heavy for cmark-gfm (`MarkdownRenderer.tooHeavy`) is read as
///   plain text, with a warning.
struct MarkdownArticleParser: ArticleParsing {
    func parse(_ input: ArticleInput) -> ParsedFile {
        let text = input.text.replacingCRLF()
        let front = FrontMatter(text)
        if let reason = MarkdownRenderer.tooHeavy(String(front.body)) {
            return Self.plainText(front, input, reason: reason)
        }
        guard let html = MarkdownRenderer.html(String(front.body)),
              let (document, limits) = HTMLTreeReader.parse(Array(html.utf8), encoding: "UTF-8") else {
            return ParsedFile(articles: [], warnings: ["the Markdown could not be read"])
        }
        let body = document.first { $0.name == "body" } ?? document
        var parsed = Self.single(Self.withFrontMatter(Self.read(body, title: front["title"]), front), input)
        parsed.warnings += Self.frontMatterWarnings(front)
        parsed.warnings += limits.warning(charset: nil).map { [$0] } ?? []
        return parsed
    }

    /// The body read by the plain-text rules (linear in any input), the
    /// title's leading "#"s removed.
    static func plainText(_ front: FrontMatter, _ input: ArticleInput, reason: String) -> ParsedFile {
        let (read, leftOut) = TextArticleParser().read(String(front.body))
        var article = withFrontMatter(read, front)
        var title = Substring(front["title"] ?? article.title)
        while title.hasPrefix("#") { title = title.dropFirst() }
        article.title = title.trimmingWhitespace()
        var parsed = single(article, input)
        parsed.warnings += frontMatterWarnings(front)
        parsed.passagesLeftOut = leftOut
        parsed.warnings.append(reason + ": read as plain text")
        return parsed
    }

    /// The front matter's own warning, and one for a date that is no date.
    static func frontMatterWarnings(_ front: FrontMatter) -> [String] {
        var warnings = front.warning.map { [$0] } ?? []
        if let raw = front["date", "published"], ArticleDate.normalize(raw) == nil, let warning = ArticleDate.warning(raw) {
            warnings.append(warning)
        }
        return warnings
    }

    static func withFrontMatter(_ article: Article, _ front: FrontMatter) -> Article {
        var article = article
        if let title = front["title"] { article.title = title }
        article.date = front["date", "published"].flatMap(ArticleDate.normalize)
        article.byline = front["author", "byline", "authors"]
        article.place = front["place", "dateline", "location"]
        article.url = front["url"]
        return article
    }

    static func read(_ body: HTMLNode, title frontMatterTitle: String?) -> Article {
        var article = Article(title: frontMatterTitle ?? "", passages: [])
        var section: String?
        let blocks = body.elements
        var index = 0
        func add(_ kind: Passage.Kind, _ text: String, credit: String? = nil) {
            guard !text.isEmpty else { return }
            article.passages.append(Passage(number: article.passages.count, kind: kind, text: text, credit: credit, section: section))
        }
        /// The credit in the paragraph after an image, when it is all emphasis.
        func creditAfter() -> String? {
            guard index < blocks.count, blocks[index].name == "p", let credit = emphasisOnly(blocks[index]) else { return nil }
            index += 1
            return credit
        }
        while index < blocks.count {
            let block = blocks[index]
            index += 1
            switch block.name {
            case "h1", "h2", "h3", "h4", "h5", "h6":
                let heading = HTMLText.inline(block)
                if article.title.isEmpty {
                    article.title = heading
                } else if !heading.isEmpty, heading.lowercased() != article.title.lowercased() {
                    section = heading  // a heading repeating the front matter's title is not a section
                }
            case "p":
                let images = block.all { $0.name == "img" }
                guard !images.isEmpty else { add(.paragraph, HTMLText.inline(block)); continue }
                let alt = images.map { HTMLText.collapse($0["alt"] ?? "") }.filter { !$0.isEmpty }.joined(separator: " ")
                let rest = HTMLText.inline(block, excluding: { $0.name == "em" || $0.name == "img" })
                let credit = emphasis(block) ?? creditAfter()
                add(.caption, [alt, rest].filter { !$0.isEmpty }.joined(separator: " "), credit: credit.map { CaptionCredit.credit($0) ?? $0 })
            case "img":
                let credit = creditAfter()
                add(.caption, HTMLText.collapse(block["alt"] ?? ""), credit: credit.map { CaptionCredit.credit($0) ?? $0 })
            case "blockquote", "ul", "ol", "div":
                for item in block.all(where: { $0.name == "p" || $0.name == "li" })
                where item.first(where: { $0 !== item && ($0.name == "p" || $0.name == "li") }) == nil {
                    add(.paragraph, HTMLText.inline(item))
                }
            default:
                continue
            }
        }
        return article
    }

    /// The emphasised text of a paragraph that also holds an image.
    static func emphasis(_ p: HTMLNode) -> String? {
        let em = p.all { $0.name == "em" }.map { HTMLText.inline($0) }.joined(separator: " ")
        return em.isEmpty ? nil : em
    }

    /// The text of a paragraph that is all emphasis, or nil.
    static func emphasisOnly(_ p: HTMLNode) -> String? {
        let rest = HTMLText.inline(p, excluding: { $0.name == "em" })
        guard rest.isEmpty else { return nil }
        return emphasis(p)
    }
}

extension String {
    func replacingCRLF() -> String {
        contains("\r") ? split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\r\n" || $0 == "\r" || $0 == "\n" }).joined(separator: "\n") : self
    }
}
