import Foundation

/// JSON Lines: one article per line, an object with `title`, `body` (paragraphs
/// separated by blank lines) or `paragraphs` (an array of strings), `captions`
/// (an array of `{text, credit}`), `date`, `author` (or `byline`), `place`, `url`.
/// A line that is not such an object gets a warning naming its number; the
/// other lines are still read. Each article's locator is its line number.
struct JSONLinesArticleParser: ArticleParsing {
    func parse(_ input: ArticleInput) -> ParsedFile {
        var parsed = ParsedFile(articles: [])
        if let warning = Self.fallbackWarning(input) {
            parsed.warnings.append(warning)
            parsed.decodedWithFallback = true
        }
        var lineNumber = 0
        for line in input.text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty { continue }
            do {
                parsed.articles.append(try Self.article(from: trimmed, line: lineNumber, leftOut: &parsed.passagesLeftOut))
            } catch {
                parsed.warnings.append("line \(lineNumber): \(error); line skipped")
            }
        }
        return parsed
    }

    struct LineError: Error, CustomStringConvertible {
        var description: String
    }

    static func article(from line: String, line number: Int, leftOut: inout Int) throws -> Article {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [])
        } catch {
            throw LineError(description: "not valid JSON")
        }
        guard let record = object as? [String: Any] else { throw LineError(description: "not a JSON object") }
        let title = clean(record["title"] as? String ?? record["headline"] as? String ?? "")
        var texts: [String] = []
        if let paragraphs = record["paragraphs"] as? [Any] {
            texts = paragraphs.compactMap { $0 as? String }
        } else if let body = record["body"] as? String ?? record["text"] as? String {
            texts = paragraphsOf(body, leftOut: &leftOut)
        }
        var passages: [Passage] = []
        for text in texts.map(clean) where !text.isEmpty {
            passages.append(Passage(number: passages.count, kind: .paragraph, text: text))
        }
        for caption in record["captions"] as? [Any] ?? [] {
            let text: String
            var credit: String?
            if let object = caption as? [String: Any] {
                text = clean(object["text"] as? String ?? object["caption"] as? String ?? "")
                credit = (object["credit"] as? String).map(clean).flatMap { $0.isEmpty ? nil : $0 }
            } else {
                text = clean(caption as? String ?? "")
            }
            if !text.isEmpty { passages.append(Passage(number: passages.count, kind: .caption, text: text, credit: credit)) }
        }
        guard !title.isEmpty || !passages.isEmpty else { throw LineError(description: "no title, body, paragraphs or captions") }
        var article = Article(title: title, passages: passages, locator: String(number))
        article.date = (record["date"] as? String ?? record["published"] as? String).flatMap(ArticleDate.normalize)
        article.byline = author(record["author"] ?? record["byline"] ?? record["authors"])
        article.place = (record["place"] as? String ?? record["dateline"] as? String).map(clean).flatMap { $0.isEmpty ? nil : $0 }
        article.url = (record["url"] as? String).map(clean).flatMap { $0.isEmpty ? nil : $0 }
        return article
    }

    /// "Jane Doe", ["Jane Doe", "John Roe"], {"name": "Jane Doe"}.
    static func author(_ value: Any?) -> String? {
        if let name = value as? String { return clean(name).isEmpty ? nil : clean(name) }
        if let object = value as? [String: Any] { return author(object["name"]) }
        if let list = value as? [Any] {
            let names = list.compactMap { author($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }

    /// Paragraphs separated by blank lines; the lines of one paragraph are
    /// joined. At most `CorpusLimits.passagesPerArticle`: the rest are counted.
    static func paragraphsOf(_ body: String, leftOut: inout Int) -> [String] {
        var blocks = TextBlocks(body)
        var paragraphs: [String] = []
        while paragraphs.count < CorpusLimits.passagesPerArticle, let block = blocks.next() {
            paragraphs.append(block.joined(separator: " "))
        }
        leftOut += blocks.countRemaining()
        return paragraphs
    }

    static func clean(_ text: String) -> String {
        TextSanitizer.clean(text).split(whereSeparator: { $0 == " " }).joined(separator: " ")
    }
}
