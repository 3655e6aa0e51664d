import Foundation

/// One open view of the index: database, stemmer and parser, configured from
/// the index's own metadata. Replaced wholesale when the index moves on.
final class SearchSession {
    let database: Database
    let stem: Stem
    let parser: QueryParser

    static let flags: QueryParser.Flags = [.boolean, .phrase, .loveHate, .wildcard]
    static let snippetFlags: MSet.SnippetFlags = [.backgroundModel, .exhaustive]

    init(layout: IndexLayout) throws {
        database = try Database(path: layout.root)
        let language = try database.getMetadata(IndexSchema.languageKey)
        let strategy = StemStrategy(rawValue: try database.getMetadata(IndexSchema.stemStrategyKey)) ?? .some
        stem = try Stem(language: language.isEmpty ? "english" : language)
        parser = try QueryParser()
        try parser.setStemmer(stem)
        try parser.setStemmingStrategy(strategy)
        try parser.setDefaultOp(.or)
        try parser.setDatabase(database)
        try parser.addPrefix("title", IndexSchema.titlePrefix)
        try parser.addPrefix("credit", IndexSchema.creditPrefix)
        try parser.addPrefix("section", IndexSchema.sectionPrefix)
        try parser.addBooleanPrefix("kind", IndexSchema.kindPrefix)
        try SearchFields.configure(parser)  // issue 6: byline/author/place/format/date fields
    }

    func run(_ request: SearchRequest, bm25: BM25Weight) throws -> SearchResults {
        let started = DispatchTime.now().uptimeNanoseconds
        var syntaxError: String?
        let query: Query
        do {
            query = try parser.parseQuery(SearchFields.rewrite(request.query), flags: Self.flags)
        } catch let error as XapianError where error.kind == .queryParserError || error.kind == .wildcardError {
            syntaxError = error.message
            query = try parser.parseQuery(Self.plainWords(request.query), flags: [])
        }
        let enquire = try Enquire(database)
        try enquire.setQuery(query)
        try enquire.setWeightingScheme(bm25)
        try enquire.setCollapseKey(IndexSchema.articleKeySlot, max: UInt32(max(0, request.perArticle)))
        if request.sort == .date { try enquire.setSortByValueThenRelevance(IndexSchema.dateSlot, reverse: true) }
        let mset = try enquire.getMSet(first: request.offset, maxItems: request.limit)
        var hits: [SearchHit] = []
        for i in 0..<mset.size {
            guard let passage = StoredPassage(decoding: try mset.getDocumentData(i)) else { continue }
            let raw = try mset.snippet(passage.text, length: request.snippetLength, stem: stem, flags: Self.snippetFlags,
                                       hiStart: Snippet.highlightStart, hiEnd: Snippet.highlightEnd, omit: "…")
            hits.append(SearchHit(rank: request.offset + i + 1, percent: try mset.getPercent(i), score: try mset.getWeight(i),
                                  passage: passage, snippet: Snippet(xapianOutput: raw)))
        }
        let took = Int((DispatchTime.now().uptimeNanoseconds - started) / 1000)
        return SearchResults(query: request.query, estimatedTotal: mset.matchesEstimated, hits: hits,
                             syntaxError: syntaxError, tookMicroseconds: took)
    }

    /// The fallback for a query that does not parse: its words, nothing else.
    static func plainWords(_ query: String) -> String {
        String(query.map { $0.isLetter || $0.isNumber ? $0 : " " })
    }
}
