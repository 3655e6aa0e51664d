import Foundation

/// JSON Lines: one article per line, an object with `title`, `body` (paragraphs
/// separated by blank lines) or `paragraphs` (an array of strings), `captions`
/// (an array of `{text, credit}`), `date`, `author` (or `byline`), `place`, `url`.
/// Lines that are not such objects are skipped and named in one warning
/// (`SkippedLines`); the other lines are still read. Each article's locator is
/// its line number.
struct JSONLinesArticleParser: ArticleParsing {
    func parse(_ input: ArticleInput) -> ParsedFile {
        var parsed = ParsedFile(articles: [])
        if let warning = Self.fallbackWarning(input) {
            parsed.warnings.append(warning)
            parsed.decodedWithFallback = true
        }
        var skipped = SkippedLines()
        var badDates: [String] = []
        var lineNumber = 0
        // Split on the bytes: "\r\n" is one Character, so a split on "\n"
        // Characters left a CRLF file as one line.
        for line in input.text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = Substring(line).trimmingWhitespace()
            if trimmed.isEmpty { continue }
            do {
                parsed.articles.append(try Self.article(from: trimmed, line: lineNumber, leftOut: &parsed.passagesLeftOut, badDates: &badDates))
            } catch {
                skipped.add(error as? SkippedLines.Reason ?? .notJSON, line: lineNumber)
            }
        }
        if let warning = skipped.warning { parsed.warnings.append(warning) }
        if !badDates.isEmpty {
            let more = badDates.count > 3 ? " and \(badDates.count - 3) more" : ""
            parsed.warnings.append(badDates.prefix(3).joined(separator: "; ") + more)
        }
        return parsed
    }

    static func article(from line: String, line number: Int, leftOut: inout Int, badDates: inout [String]) throws -> Article {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [])
        } catch {
            throw SkippedLines.Reason.notJSON
        }
        guard let record = object as? [String: Any] else { throw SkippedLines.Reason.notObject }
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
        guard !title.isEmpty || !passages.isEmpty else { throw SkippedLines.Reason.noContent }
        var article = Article(title: title, passages: passages, locator: String(number))
        let rawDate = record["date"] as? String ?? record["published"] as? String
        article.date = rawDate.flatMap(ArticleDate.normalize)
        if let rawDate, article.date == nil, let warning = ArticleDate.warning(TextSanitizer.clean(rawDate)) {
            badDates.append("line \(number): \(warning)")
        }
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
