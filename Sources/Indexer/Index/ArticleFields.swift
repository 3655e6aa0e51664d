/// The article-level fields of a passage document, per `IndexSchema`: byline
/// and place words, the format as a boolean term, and the date value.
enum ArticleFields {
    static func index(_ article: Article, path: String, into doc: Document, termGenerator: TermGenerator) throws {
        if let byline = article.byline {
            try termGenerator.indexText(byline, prefix: IndexSchema.bylinePrefix, positions: false)
        }
        if let place = article.place {
            try termGenerator.indexText(place, prefix: IndexSchema.placePrefix, positions: false)
        }
        if let format = ArticleFormat(path: path) {
            try doc.addBooleanTerm(IndexSchema.formatPrefix + format.rawValue)
            try doc.addValue(IndexSchema.formatSlot, format.rawValue)
        }
        if let key = article.date.flatMap(ArticleDate.sortKey) {
            try doc.addValue(IndexSchema.dateSlot, key)
        }
    }
}
