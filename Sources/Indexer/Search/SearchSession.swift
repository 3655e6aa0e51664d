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
    let limits: QueryLimits
    /// The corpus folder of the last build (its real path), when recorded.
    let corpus: String?
    /// A front index's remote shards that opened, each with its own database.
    let remotes: [(entry: StubEntry, database: Database)]
    /// A front index's remote shards that did not answer (with `allowPartial`).
    let missing: [MissingShard]

    static let flags: QueryParser.Flags = [.boolean, .phrase, .loveHate, .wildcard]

    /// A query ready to run, and what happened to the text on the way.
    struct Parsed {
        var query: Query
        var syntaxError: String?
        var suggestion: String?
        var searched: String?
        /// The prefixes of the query's wildcards on passage text (`telecom` for `telecom*`).
        var wildcards: [String] = []
        /// What `QueryLimits` changed.
        var notes: [QueryNote] = []
        /// How many words each wildcard expanded to at most.
        var wildcardExpansion = 0
    }

    init(layout: IndexLayout, ranking: Ranking = .standard, limits: QueryLimits = .standard,
         remote: RemoteShardOptions = .standard) throws {
        self.ranking = ranking
        self.limits = limits
        if layout.isFederated {
            let front = try FrontDatabases(layout, options: remote)
            (database, remotes, missing) = (front.combined, front.remotes, front.missing)
        } else {
            (database, remotes, missing) = (try Database(path: layout.root), [], [])
        }
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
            try parser.addWildcardField(QueryRewriter.expandedWildcardField(field), prefix: stemPrefix + prefix, database: database)
        }
        try parser.addPrefix(QueryRewriter.wildcardField(""), stemPrefix)
        try parser.addWildcardField(QueryRewriter.expandedWildcardField(""), prefix: stemPrefix, database: database)
        for filter in IndexSchema.booleanFields {
            try parser.addValueFilter(filter.field, slot: filter.slot, folder: filter.folder)
        }
        let synonyms = try database.getMetadata(IndexSchema.synonymsKey)
        rewriter = QueryRewriter(synonyms: synonyms.isEmpty ? .newsDefault : SynonymTable(parsing: synonyms))
        speller = SpellingCorrector(database: database, stem: stem, stemPrefix: stemPrefix)
        let lastBuild = try database.getMetadata(IndexSchema.lastBuildKey)
        corpus = (try? JSONDecoder().decode(BuildSummary.self, from: Data(lastBuild.utf8)))
            .flatMap { $0.corpus.isEmpty ? nil : $0.corpus }
        try SearchFields.configure(parser)
    }

    /// The request's query within `limits` (cut to its words, synonyms within
    /// its terms), rewritten and parsed, with a note for each limit it met.
    func parse(_ request: SearchRequest) throws -> Parsed {
        let cut = QueryCut(request.query, maxWords: limits.maxWords)
        if let problem = DateFilterCheck.problem(in: cut.text) { throw SearchError.badDate(problem) }
        let rewritten = rewrite(cut.text, request)
        var parsed = try parse(rewritten.text)
        parsed.suggestion = try speller.suggestion(for: cut.text)
        if rewritten.expanded { parsed.searched = rewritten.text } else if cut.note != nil { parsed.searched = cut.text }
        parsed.wildcards = QueryRewriter.wildcardPrefixes(cut.text)
        var searched = (text: cut.text, rewritten: rewritten, expansion: parsed.wildcardExpansion)
        if let suggestion = parsed.suggestion, request.correctSpelling {
            let corrected = rewrite(suggestion, request)
            let reparsed = try parse(corrected.text)
            parsed.query = reparsed.query
            parsed.wildcards = QueryRewriter.wildcardPrefixes(suggestion)
            parsed.searched = corrected.expanded ? corrected.text : suggestion
            searched = (suggestion, corrected, reparsed.wildcardExpansion)
        }
        parsed.notes = try notes(cut: cut, searched: searched.text, rewritten: searched.rewritten,
                                 wildcardExpansion: searched.expansion)
        return parsed
    }

    private func rewrite(_ text: String, _ request: SearchRequest) -> RewrittenQuery {
        rewriter.rewrite(SearchFields.rewrite(text), expandAll: request.expandSynonyms, limits: limits)
    }

    /// Parses `text`; a syntax error falls back to its plain words, and is returned.
    /// Its wildcards share the terms `limits` leaves them (`wildcardExpansion`).
    func parse(_ text: String) throws -> Parsed {
        let tokens = QueryTokens(text).tokens
        let expansion = limits.wildcardExpansion(terms: tokens.reduce(0) { $0 + $1.words },
                                                 wildcards: tokens.filter { $0.isWildcard || QueryRewriter.isExpandedWildcard($0) }.count)
        try parser.setMaxExpansion(expansion)
        do {
            var parsed = Parsed(query: try parser.parseQuery(text, flags: Self.flags))
            parsed.wildcardExpansion = expansion
            return parsed
        } catch let error as XapianError where error.kind == .queryParserError || error.kind == .wildcardError {
            return Parsed(query: try parser.parseQuery(Self.plainWords(text), flags: []), syntaxError: error.message)
        }
    }

    /// With `groups` (`--group`), `estimatedTotal` is the exact number of
    /// matching groups: stories (articles, with `DuplicateMode.show`), and
    /// only stories fold, not captions. `shown` counts as shown before the
    /// ranking (`similar`'s source: its copies fold).
    func run(_ request: SearchRequest, query prepared: Parsed? = nil, groups: Bool = false,
             feedback: Bool = true, shown: StoryFold.Passage? = nil) throws -> SearchResults {
        let started = DispatchTime.now().uptimeNanoseconds
        let parsed = try prepared ?? parse(request)
        let query = try Self.restricted(parsed.query, firstSeen: request.firstSeen)
        let folds = request.duplicates == .collapse
        let enquire = try enquire(query, request)
        let spies = request.facets ? try FacetSpies(enquire) : nil
        // Collapsed totals are estimates; counting distinct groups is exact.
        let groupSpy = groups ? try GroupSpy(enquire, byStory: folds) : nil
        let checkAtLeast = request.facets || groups ? try database.getDoccount() : 0
        if checkAtLeast > 0 { try enquire.setTimeLimit(limits.timeLimit) }
        // --explain explains this same ranking, feedback included.
        let useFeedback = feedback && request.feedback && ranking.feedbackDocuments > 0 && request.sort == .relevance
        // Folding and feedback fetch the ranking from the top: every page is cut from the same one.
        let need = request.offset + request.limit
        let (first, depth) = folds ? (0, foldDepth(need: need, feedback: useFeedback))
            : useFeedback ? (0, max(need, ranking.feedbackDepth)) : (request.offset, request.limit)
        let matching = DispatchTime.now().uptimeNanoseconds
        let mset = try enquire.getMSet(first: first, maxItems: depth, checkAtLeast: checkAtLeast)
        let matched = Double(DispatchTime.now().uptimeNanoseconds - matching) / 1e9
        var notes = parsed.notes + [countingNote(seconds: matched, checkAtLeast: checkAtLeast)].compactMap { $0 }
        // Read before a fold fetches deeper.
        let facets = try spies?.facets(article: article)
        let groupCount = try groupSpy?.count()
        let top = useFeedback ? try rerankedTop(mset, enquire: enquire, query: parsed.query, request: request) : nil
        let page = folds
            ? try foldedPage(mset, depth: depth, top: top, request: request, query: query, foldsCaptions: !groups,
                             shown: shown) { try self.enquire(query, request) }
            : try markedPage(first == 0 ? Array(ranked(mset, top: top).dropFirst(request.offset).prefix(request.limit))
                                        : ranked(mset, top: nil))
        let total = groupCount ?? page.estimatedTotal ?? mset.matchesEstimated
        // Snippets mark the words of the query as typed (with feedback, not the added ones).
        let terms = try parsed.query.terms()
        let snippets = SnippetMaker(terms: terms, stemPrefix: stemPrefix, wildcardPrefixes: parsed.wildcards, stem: stem)
        let titles = SnippetMaker(terms: terms, stemPrefix: stemPrefix, wildcardPrefixes: parsed.wildcards, stem: stem,
                                  fields: [IndexSchema.titlePrefix])
        var hits = try hits(of: page.places, request: request, snippets: snippets, titles: titles)
        for i in hits.indices {
            hits[i].story = page.stories[hits[i].docid]
            hits[i].duplicates = page.duplicates[hits[i].docid]
        }
        if request.explain {
            let feedbackTerms = top != nil ? try feedbackTerms(of: mset, enquire: enquire) : []
            let reranked = Set(try (top ?? []).map { try $0.mset.getDocid($0.index) })
            try explain(&hits, query: parsed.query, feedback: feedbackTerms, reranked: reranked)
        }
        if hits.isEmpty, request.offset > 0, total > 0 { notes.append(.offsetPastEnd(offset: request.offset, total: total)) }
        let took = Int((DispatchTime.now().uptimeNanoseconds - started) / 1000)
        var results = SearchResults(query: request.query, estimatedTotal: total, hits: hits,
                                    syntaxError: parsed.syntaxError, suggestion: parsed.suggestion,
                                    searchedQuery: parsed.searched, facets: facets,
                                    tookMicroseconds: took, notes: notes)
        results.corpus = corpus
        return results
    }

    /// An Enquire for `query` as `request` ranks it: BM25, at most `perArticle`
    /// passages per article, in the request's order.
    func enquire(_ query: Query, _ request: SearchRequest) throws -> Enquire {
        let enquire = try Enquire(database)
        try enquire.setQuery(query)
        try enquire.setWeightingScheme(ranking.bm25)
        try enquire.setCollapseKey(IndexSchema.articleKeySlot, max: UInt32(clamping: max(0, request.perArticle)))
        if let key = request.sort.key { try enquire.setSortByValueThenRelevance(key.slot, reverse: key.reverse) }
        return enquire
    }

    /// Relevance feedback restricted to the passages' own words: stems ("Z" then
    /// lower case); "ZS...", "XK..." and the like are fields and filters, left out
    /// before the ESet reads their statistics.
    func wordESet(_ enquire: Enquire, documents: [UInt32], count: Int,
                  minDocuments: Int = 1) throws -> [(term: String, weight: Double)] {
        try enquire.getESet(documents: documents, maxItems: count, prefix: stemPrefix, wordsOnly: true,
                            minDocuments: minDocuments)
    }

    /// The hits of a page, their snippets made by `snippets`.
    /// A passage that holds no word of the query matched through its title:
    /// the hit carries the title with its matches marked (from `titles`).
    func hits(of page: [Ranked], request: SearchRequest, snippets: SnippetMaker, titles: SnippetMaker) throws -> [SearchHit] {
        var hits: [SearchHit] = []
        for (position, place) in page.enumerated() {
            let (mset, i) = (place.mset, place.index)
            guard let passage = StoredPassage(decoding: try mset.getDocumentData(i)) else { continue }
            var hit = SearchHit(rank: request.offset + position + 1, percent: try mset.getPercent(i),
                                score: try mset.getWeight(i), passage: passage,
                                snippet: snippets.snippet(passage.text, length: request.snippetLength),
                                docid: try mset.getDocid(i))
            if hit.snippet.matches.isEmpty {
                let title = titles.snippet(passage.title, length: max(request.snippetLength, passage.title.utf8.count))
                if !title.matches.isEmpty { hit.titleSnippet = title }
            }
            hits.append(hit)
        }
        return hits
    }

    func countMatches(_ text: String) throws -> Int {
        let enquire = try Enquire(database)
        try enquire.setQuery(try parse(SearchRequest(query: text)).query)
        return try enquire.getMSet(first: 0, maxItems: 0, checkAtLeast: try database.getDoccount()).matchesEstimated
    }

    /// A passage of the article whose collapse key is `key` (any of them: they
    /// share the article's path, locator and title).
    func article(key: String) throws -> StoredPassage? {
        let enquire = try Enquire(database)
        try enquire.setQuery(try Query(slot: IndexSchema.articleKeySlot, equals: key))
        let mset = try enquire.getMSet(first: 0, maxItems: 1)
        return mset.size == 0 ? nil : StoredPassage(decoding: try mset.getDocumentData(0))
    }

    /// The fallback for a query that does not parse: its words, nothing else.
    static func plainWords(_ query: String) -> String {
        String(query.map { $0.isLetter || $0.isNumber ? $0 : " " })
    }
}
