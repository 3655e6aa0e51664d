import Ink

/// Markdown (`.md`), parsed by Ink into HTML, then read like a page.
///
/// - Front matter (`---` lines at the top) gives `title:`, `date:`, `author:`
///   (or `byline:`), `place:` and `url:`.
/// - The title is the front matter's, else the first heading.
/// - Paragraphs are paragraphs; later headings start sections.
/// - An image is a caption (its alt text); an emphasised line right after it
///   (in the same paragraph or the next one) is its credit.
struct MarkdownArticleParser: ArticleParsing {
    func parse(_ input: ArticleInput) -> ParsedFile {
        let markdown = MarkdownParser().parse(input.text.replacingCRLF())
        guard let document = HTMLTreeReader.parse(Array(markdown.html.utf8), encoding: "UTF-8") else {
            return ParsedFile(articles: [], warnings: ["the Markdown could not be read"])
        }
        let meta = Dictionary(markdown.metadata.map { ($0.key.lowercased(), Self.unquote($0.value)) }, uniquingKeysWith: { a, _ in a })
        let body = document.first { $0.name == "body" } ?? document
        var article = Self.read(body, title: meta["title"])
        article.date = (meta["date"] ?? meta["published"]).flatMap(ArticleDate.normalize)
        article.byline = (meta["author"] ?? meta["byline"] ?? meta["authors"]).flatMap { $0.isEmpty ? nil : $0 }
        article.place = (meta["place"] ?? meta["dateline"] ?? meta["location"]).flatMap { $0.isEmpty ? nil : $0 }
        article.url = meta["url"].flatMap { $0.isEmpty ? nil : $0 }
        return Self.single(article, input)
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
        while index < blocks.count {
            let block = blocks[index]
            index += 1
            switch block.name {
            case "h1", "h2", "h3", "h4", "h5", "h6":
                let heading = HTMLText.inline(block)
                if article.title.isEmpty { article.title = heading } else if !heading.isEmpty { section = heading }
            case "p":
                let images = block.all { $0.name == "img" }
                guard !images.isEmpty else { add(.paragraph, HTMLText.inline(block)); continue }
                let alt = images.map { HTMLText.collapse($0["alt"] ?? "") }.filter { !$0.isEmpty }.joined(separator: " ")
                var credit = emphasis(block)
                let rest = HTMLText.inline(block, excluding: { $0.name == "em" || $0.name == "img" })
                if credit == nil, index < blocks.count, blocks[index].name == "p", let next = emphasisOnly(blocks[index]) {
                    credit = next
                    index += 1
                }
                let text = [alt, rest].filter { !$0.isEmpty }.joined(separator: " ")
                add(.caption, text, credit: credit.map { CaptionCredit.credit($0) ?? $0 })
            case "img":
                // Ink writes a standalone image as a block of its own.
                var credit: String?
                if index < blocks.count, blocks[index].name == "p", let next = emphasisOnly(blocks[index]) {
                    credit = next
                    index += 1
                }
                add(.caption, HTMLText.collapse(block["alt"] ?? ""), credit: credit.map { CaptionCredit.credit($0) ?? $0 })
            case "blockquote", "ul", "ol", "div":
                for p in block.all(where: { $0.name == "p" || $0.name == "li" }) where p.name == "p" || p.first(where: { $0 !== p && $0.name == "p" }) == nil {
                    add(.paragraph, HTMLText.inline(p))
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

    static func unquote(_ value: String) -> String {
        var v = value.trimmingWhitespace()
        if v.count >= 2, let f = v.first, f == v.last, f == "\"" || f == "'" { v = String(v.dropFirst().dropLast()) }
        return HTMLText.collapse(v)
    }
}

extension String {
    func replacingCRLF() -> String {
        contains("\r") ? split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\r\n" || $0 == "\r" || $0 == "\n" }).joined(separator: "\n") : self
    }
}
