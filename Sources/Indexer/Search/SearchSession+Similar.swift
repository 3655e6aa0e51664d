extension SearchSession {
    /// Relevance feedback from one passage: the best terms of its ESet that
    /// can match elsewhere (in another passage) and are not stopwords, ORed,
    /// searched without the passage itself. The terms are shown as the passage
    /// writes them ("Germany", not the stem "germani"). With
    /// `DuplicateMode.collapse`, the near-identical copies of the passage's
    /// article (and of its caption) fold into the source, which is shown already.
    func runSimilar(to id: String, request: SearchRequest, terms count: Int = 12) throws -> SimilarResults? {
        guard let hash = id.lastIndex(of: "#"), let number = Int(id[id.index(after: hash)...]) else { return nil }
        let unique = IndexSchema.uniqueTerm(path: String(id[..<hash]), passage: number)
        guard let docid = try database.firstDocid(term: unique), let (source, keys) = try sourcePassage(unique) else { return nil }
        let enquire = try Enquire(database)
        // A term only this passage holds finds nothing else; ask for more and keep those that can.
        let eset = try wordESet(enquire, documents: [docid], count: count * 4)
        let stopStems = ranking.stopwords ? Set(Ranking.englishStopwords.map { (try? stem($0)) ?? $0 }) : []
        var chosen: [String] = []
        for (term, _) in eset where chosen.count < count {
            let body = String(term.dropFirst(stemPrefix.count))
            guard !stopStems.contains(body), !Ranking.englishStopwords.contains(body),
                  try database.getTermfreq(term) > 1 else { continue }
            chosen.append(term)
        }
        // Title words are indexed with each passage, so a stem may come from the title.
        let words = SourceWords(source.text + "\n" + source.title, stem: stem)
        let shown = chosen.map { words.written(stem: String($0.dropFirst(stemPrefix.count))) }
        let query: Query
        if let expanded = try Query.combine(.or, chosen.map { try Query(term: $0) }) {
            query = try Query(.andNot, expanded, try Query(term: unique))
        } else {
            query = try Query(.andNot, try Query(term: unique), try Query(term: unique))  // matches nothing
        }
        let folds = request.duplicates == .collapse
        var results = try run(request, query: Parsed(query: query), feedback: false, shown: folds ? keys : nil)
        results.searchedQuery = shown.joined(separator: " ")
        var similar = SimilarResults(source: source, terms: shown, results: results)
        similar.sourceStory = keys.cluster
        if folds {
            let head = StoryFold.Head(article: keys.article, story: keys.cluster, captionKey: source.kind == .caption ? keys.captionKey : nil)
            if head.story != nil || head.captionKey != nil { similar.sourceDuplicates = try copies(of: [head], query: query)[0] }
        }
        return similar
    }

    /// The passage with `uniqueTerm`, and the values folding reads of it.
    private func sourcePassage(_ uniqueTerm: String) throws -> (StoredPassage, StoryFold.Passage)? {
        let enquire = try Enquire(database)
        try enquire.setQuery(try Query(term: uniqueTerm))
        let mset = try enquire.getMSet(first: 0, maxItems: 1)
        guard mset.size > 0, let passage = StoredPassage(decoding: try mset.getDocumentData(0)) else { return nil }
        return (passage, try foldPassage(Ranked(mset: mset, index: 0)))
    }
}
