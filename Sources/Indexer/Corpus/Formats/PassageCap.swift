/// At most `CorpusLimits.passagesPerArticle` passages per article, so that one
/// article's memory does not follow its file's size. Parsers that can stop
/// early (plain text, JSON Lines bodies) do, and count what they left out;
/// this cuts every other article to the limit and says so in one warning.
enum PassageCap {
    static func apply(to parsed: inout ParsedFile, limit: Int = CorpusLimits.passagesPerArticle) {
        for i in parsed.articles.indices where parsed.articles[i].passages.count > limit {
            parsed.passagesLeftOut += parsed.articles[i].passages.count - limit
            parsed.articles[i].passages.removeSubrange(limit...)
        }
        if parsed.passagesLeftOut > 0 {
            parsed.warnings.append("only the first \(limit) passages of an article are indexed (the limit per article): \(parsed.passagesLeftOut) more were left out")
        }
    }
}
