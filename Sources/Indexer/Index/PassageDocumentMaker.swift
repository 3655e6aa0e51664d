/// Turns the passages of one article into Xapian documents, per `IndexSchema`.
/// One per shard thread: it owns a TermGenerator.
final class PassageDocumentMaker {
    private let termGenerator: TermGenerator
    /// Each passage's first build sequence (`IndexSchema.firstSeenSlot`).
    private let firstSeen: FirstSeen
    /// Whether articles get fingerprints (near-duplicate detection is on).
    private let fingerprints: Bool

    init(stem: Stem, strategy: StemStrategy, firstSeen: FirstSeen, fingerprints: Bool) throws {
        self.firstSeen = firstSeen
        self.fingerprints = fingerprints
        termGenerator = try TermGenerator()
        try termGenerator.setStemmer(stem)
        try termGenerator.setStemmingStrategy(strategy)
    }

    /// The article's documents, and its fingerprint (nil when it has none),
    /// which its first document carries with its band terms.
    func documents(for article: Article, path: String) throws -> (documents: [Document], fingerprint: Fingerprint?) {
        let articlePath = IndexSchema.articlePath(path, locator: article.locator)
        let articleKey = IndexSchema.articleKey(path: articlePath)
        let pathTerms = IndexSchema.pathTerms(path: path)
        // The story's words are the article's paragraphs: not its title, which
        // republishers rewrite, nor its captions, which they drop.
        let fingerprint = fingerprints ? Fingerprint(texts: article.passages.lazy.filter { $0.kind == .paragraph }.map(\.text)) : nil
        let documents = try article.passages.map { passage in
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
            // Its own story until clustering finds near-duplicates (StoryClustering).
            try doc.addValue(IndexSchema.storySlot, articleKey)
            if passage.kind == .caption { try doc.addValue(IndexSchema.captionKeySlot, CaptionKey.key(text: passage.text, credit: passage.credit)) }
            try doc.addValue(IndexSchema.firstSeenSlot, BuildSequence.sortable(firstSeen.sequence(forContent: content)))
            let stored = StoredPassage(article: article, passage: passage, path: path)
            try doc.setData(stored.encoded())
            return doc
        }
        if let fingerprint, let first = documents.first {
            try first.addValue(IndexSchema.fingerprintSlot, fingerprint.hex)
            for term in fingerprint.bandTerms { try first.addBooleanTerm(term) }
        }
        return (documents, fingerprint)
    }
}
