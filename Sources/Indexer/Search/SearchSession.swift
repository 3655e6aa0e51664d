import Foundation

/// One open view of the index: database, stemmer and parser, configured from
/// the index's own metadata. Replaced wholesale when the index moves on.
final class SearchSession {
    let database: Database
    let stem: Stem
    let parser: QueryParser
    let rewriter: QueryRewriter
    let speller: SpellingCorrector
    /// "Z" when the index stores stemmed terms as `Z` + stem.
    let stemPrefix: String
    let ranking: Ranking

    static let flags: QueryParser.Flags = [.boolean, .phrase, .loveHate, .wildcard]

    /// A query ready to run, and what happened to the text on the way.
    struct Parsed {
        var query: Query
        var syntaxError: String?
        var suggestion: String?
        var searched: String?
        /// The prefixes of the query's wildcards on passage text (`telecom` for `telecom*`).
        var wildcards: [String] = []
    }

    init(layout: IndexLayout, ranking: Ranking = .standard) throws {
        self.ranking = ranking
        database = try Database(path: layout.root)
        let version = try database.getMetadata(IndexSchema.schemaVersionKey)
        guard version == IndexSchema.version else { throw SearchError.outdatedIndex(layout.root) }
        let language = try database.getMetadata(IndexSchema.languageKey)
        let strategy = StemStrategy(rawValue: try database.getMetadata(IndexSchema.stemStrategyKey)) ?? .some
        stem = try Stem(language: language.isEmpty ? "english" : language)
        stemPrefix = strategy.stemmedTermPrefix
        parser = try QueryParser()
        try parser.setStemmer(stem)
        try parser.setStemmingStrategy(strategy)
        try parser.setDefaultOp(.or)
        try parser.setDatabase(database)
        if ranking.stopwords { try parser.setStopwords(Ranking.englishStopwords) }
        for (field, prefix) in IndexSchema.textFields {
            try parser.addPrefix(field, prefix)
            // Wildcards are not stemmed: they expand over the stored `Z` terms
            // through these hidden fields (see QueryRewriter).
            try parser.addPrefix(QueryRewriter.wildcardField(field), stemPrefix + prefix)
        }
        try parser.addPrefix(QueryRewriter.wildcardField(""), stemPrefix)
        try parser.addBooleanPrefix("kind", IndexSchema.kindPrefix)
        try parser.addBooleanPrefix("path", IndexSchema.pathPrefix)
        try parser.addBooleanPrefix("file", IndexSchema.pathPrefix)
        let synonyms = try database.getMetadata(IndexSchema.synonymsKey)
        rewriter = QueryRewriter(synonyms: synonyms.isEmpty ? .newsDefault : SynonymTable(parsing: synonyms))
        speller = SpellingCorrector(database: database, stem: stem, stemPrefix: stemPrefix)
        try SearchFields.configure(parser)
    }

    func parse(_ request: SearchRequest) throws -> Parsed {
        let rewritten = rewriter.rewrite(SearchFields.rewrite(request.query), expandAll: request.expandSynonyms)
        var parsed = try parse(rewritten.text)
        parsed.suggestion = try speller.suggestion(for: request.query)
        if rewritten.expanded { parsed.searched = rewritten.text }
        parsed.wildcards = QueryRewriter.wildcardPrefixes(request.query)
        if let suggestion = parsed.suggestion, request.correctSpelling {
            let corrected = rewriter.rewrite(SearchFields.rewrite(suggestion), expandAll: request.expandSynonyms)
            parsed.query = try parse(corrected.text).query
            parsed.wildcards = QueryRewriter.wildcardPrefixes(suggestion)
            parsed.searched = corrected.expanded ? corrected.text : suggestion
        }
        return parsed
    }

    /// Parses `text`; a syntax error falls back to its plain words, and is returned.
    func parse(_ text: String) throws -> Parsed {
        do {
            return Parsed(query: try parser.parseQuery(text, flags: Self.flags))
        } catch let error as XapianError where error.kind == .queryParserError || error.kind == .wildcardError {
            return Parsed(query: try parser.parseQuery(Self.plainWords(text), flags: []), syntaxError: error.message)
        }
    }

    /// With `exactCount`, `estimatedTotal` is the exact number of matching articles.
    func run(_ request: SearchRequest, query prepared: Parsed? = nil, exactCount: Bool = false,
             feedback: Bool = true) throws -> SearchResults {
        let started = DispatchTime.now().uptimeNanoseconds
        let parsed = try prepared ?? parse(request)
        let enquire = try Enquire(database)
        let useFeedback = feedback && request.feedback && ranking.feedbackDocuments > 0 && request.sort == .relevance
            && !request.explain
        try enquire.setQuery(useFeedback ? try expanded(parsed.query) : parsed.query)
        try enquire.setWeightingScheme(ranking.bm25)
        try enquire.setCollapseKey(IndexSchema.articleKeySlot, max: UInt32(max(0, request.perArticle)))
        if request.sort != .relevance { try enquire.setSortByValues(request.sort.keys) }
        let spies = request.facets ? try FacetSpies(enquire) : nil
        // Collapsed totals are estimates; counting distinct articles is exact.
        let articleSpy = exactCount ? try enquire.addValueCountMatchSpy(slot: IndexSchema.articleKeySlot) : nil
        let checkAtLeast = request.facets || exactCount ? try database.getDoccount() : 0
        let mset = try enquire.getMSet(first: request.offset, maxItems: request.limit, checkAtLeast: checkAtLeast)
        let total = try articleSpy.map { try enquire.spyDistinctValues($0) } ?? mset.matchesEstimated
        // Snippets mark the words of the query as typed (with feedback, not the added ones).
        let snippets = SnippetMaker(terms: try parsed.query.terms(), stemPrefix: stemPrefix,
                                    wildcardPrefixes: parsed.wildcards, stem: stem)
        var hits = try hits(of: mset, request: request, snippets: snippets)
        if request.explain { try explain(&hits, mset: mset, enquire: enquire, query: parsed.query) }
        let took = Int((DispatchTime.now().uptimeNanoseconds - started) / 1000)
        return SearchResults(query: request.query, estimatedTotal: total, hits: hits,
                             syntaxError: parsed.syntaxError, suggestion: parsed.suggestion, searchedQuery: parsed.searched,
                             facets: try spies?.facets(titles: articleTitle), tookMicroseconds: took)
    }

    /// Pseudo-relevance feedback: `query`, reordered by the best new terms (ESet) of its top
    /// passages (one per article), each scaled by `feedbackWeight` times its ESet weight
    /// over the best one's.
    func expanded(_ query: Query) throws -> Query {
        let enquire = try Enquire(database)
        try enquire.setQuery(query)
        try enquire.setWeightingScheme(ranking.bm25)
        try enquire.setCollapseKey(IndexSchema.articleKeySlot, max: 1)
        let top = try enquire.getMSet(first: 0, maxItems: ranking.feedbackDocuments)
        let docids = try (0..<top.size).map { try top.getDocid($0) }
        guard !docids.isEmpty else { return query }
        let eset = try wordESet(enquire, documents: docids, count: ranking.feedbackTerms)
        guard let best = eset.first?.weight, best > 0 else { return query }
        let terms = try eset.map { try Query(term: $0.term).scaled(by: ranking.feedbackWeight * $0.weight / best) }
        guard let expansion = try Query.combine(.or, terms) else { return query }
        // AND_MAYBE: the added terms only reorder what the query matches (phrases,
        // filters, AND and fields keep their meaning).
        return try Query(.andMaybe, query, expansion)
    }

    /// Relevance feedback restricted to the passages' own words: stems ("Z" then
    /// lower case); "ZS...", "XK..." and the like are fields and filters.
    func wordESet(_ enquire: Enquire, documents: [UInt32], count: Int) throws -> [(term: String, weight: Double)] {
        Array(try enquire.getESet(documents: documents, maxItems: count * 3, prefix: stemPrefix)
            .filter { $0.term.dropFirst(stemPrefix.count).first.map { !$0.isUppercase } ?? false }.prefix(count))
    }

    /// The hits of `mset`, their snippets made by `snippets`.
    func hits(of mset: MSet, request: SearchRequest, snippets: SnippetMaker) throws -> [SearchHit] {
        var hits: [SearchHit] = []
        for i in 0..<mset.size {
            guard let passage = StoredPassage(decoding: try mset.getDocumentData(i)) else { continue }
            hits.append(SearchHit(rank: request.offset + i + 1, percent: try mset.getPercent(i), score: try mset.getWeight(i),
                                  passage: passage, snippet: snippets.snippet(passage.text, length: request.snippetLength), docid: try mset.getDocid(i)))
        }
        return hits
    }

    func countMatches(_ text: String) throws -> Int {
        let enquire = try Enquire(database)
        try enquire.setQuery(try parse(text).query)
        return try enquire.getMSet(first: 0, maxItems: 0, checkAtLeast: try database.getDoccount()).matchesEstimated
    }

    /// The title of the article at `path` (from any of its passages).
    func articleTitle(path: String) throws -> String? {
        let enquire = try Enquire(database)
        try enquire.setQuery(try Query(term: IndexSchema.fileTerm(path: path)))
        let mset = try enquire.getMSet(first: 0, maxItems: 1)
        return mset.size == 0 ? nil : StoredPassage(decoding: try mset.getDocumentData(0))?.title
    }

    /// The fallback for a query that does not parse: its words, nothing else.
    static func plainWords(_ query: String) -> String {
        String(query.map { $0.isLetter || $0.isNumber ? $0 : " " })
    }
}
