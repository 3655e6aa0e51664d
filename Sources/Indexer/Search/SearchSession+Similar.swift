extension SearchSession {
    /// Relevance feedback from one passage: the best terms of its ESet that
    /// can match elsewhere (in another passage) and are not stopwords, ORed,
    /// searched without the passage itself. The terms are shown as the passage
    /// writes them ("Germany", not the stem "germani").
    func runSimilar(to id: String, request: SearchRequest, terms count: Int = 12) throws -> SimilarResults? {
        guard let hash = id.lastIndex(of: "#"), let number = Int(id[id.index(after: hash)...]) else { return nil }
        let unique = IndexSchema.uniqueTerm(path: String(id[..<hash]), passage: number)
        guard let docid = try database.firstDocid(term: unique), let source = try sourcePassage(unique) else { return nil }
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
        var results = try run(request, query: Parsed(query: query), feedback: false)
        results.searchedQuery = shown.joined(separator: " ")
        return SimilarResults(source: source, terms: shown, results: results)
    }

    private func sourcePassage(_ uniqueTerm: String) throws -> StoredPassage? {
        let enquire = try Enquire(database)
        try enquire.setQuery(try Query(term: uniqueTerm))
        let mset = try enquire.getMSet(first: 0, maxItems: 1)
        return mset.size == 0 ? nil : StoredPassage(decoding: try mset.getDocumentData(0))
    }
}
