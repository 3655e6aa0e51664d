/// Turns the passages of one article into Xapian documents, per `IndexSchema`.
/// One per shard thread: it owns a TermGenerator.
final class PassageDocumentMaker {
    private let termGenerator: TermGenerator
    /// Each passage's first build sequence (`IndexSchema.firstSeenSlot`).
    private let firstSeen: FirstSeen

    init(stem: Stem, strategy: StemStrategy, firstSeen: FirstSeen) throws {
        self.firstSeen = firstSeen
        termGenerator = try TermGenerator()
        try termGenerator.setStemmer(stem)
        try termGenerator.setStemmingStrategy(strategy)
    }

    func documents(for article: Article, path: String) throws -> [Document] {
        let articlePath = IndexSchema.articlePath(path, locator: article.locator)
        let articleKey = IndexSchema.articleKey(path: articlePath)
        let pathTerms = IndexSchema.pathTerms(path: path)
        return try article.passages.map { passage in
            let doc = try Document()
            try termGenerator.setDocument(doc)
            try termGenerator.indexText(passage.text)
            try termGenerator.increaseTermpos()
            // A one-block file's passage is its title: its words are in the text already.
            if IndexSchema.titleWeight > 0, passage.text != article.title {
                try termGenerator.indexText(article.title, wdfInc: IndexSchema.titleWeight, positions: false)
            }
            try termGenerator.indexText(article.title, prefix: IndexSchema.titlePrefix, positions: false)
            if let credit = passage.credit {
                try termGenerator.increaseTermpos()
                try termGenerator.indexText(credit, prefix: IndexSchema.creditPrefix)
            }
            if let section = passage.section {
                try termGenerator.increaseTermpos()
                try termGenerator.indexText(section, prefix: IndexSchema.sectionPrefix)
                try doc.addValue(IndexSchema.sectionSlot, section)
            }
            if passage.kind == .caption {
                try termGenerator.increaseTermpos()
                try termGenerator.indexText(passage.text, prefix: IndexSchema.captionPrefix)
                try doc.addValue(IndexSchema.creditSlot, passage.credit ?? "")
            }
            try ArticleFields.index(article, path: path, into: doc, termGenerator: termGenerator)
            try doc.addBooleanTerm(IndexSchema.kindPrefix + passage.kind.rawValue)
            try doc.addValue(IndexSchema.kindSlot, passage.kind.rawValue)
            for term in pathTerms { try doc.addBooleanTerm(term) }
            try doc.addValue(IndexSchema.pathSlot, path)
            try doc.addBooleanTerm(IndexSchema.uniqueTerm(path: articlePath, passage: passage.number))
            try doc.addValue(IndexSchema.articleKeySlot, articleKey)
            try doc.addValue(IndexSchema.passageNumberSlot, IndexSchema.sortableNumber(passage.number))
            try doc.addValue(IndexSchema.pathOrderSlot, IndexSchema.pathOrderKey(path: path, passage: passage.number))
            let content = PassageContent.key(title: article.title, passage: passage)
            try doc.addValue(IndexSchema.contentKeySlot, content)
            try doc.addValue(IndexSchema.firstSeenSlot, BuildSequence.sortable(firstSeen.sequence(forContent: content)))
            let stored = StoredPassage(article: article, passage: passage, path: path)
            try doc.setData(stored.encoded())
            return doc
        }
    }
}
