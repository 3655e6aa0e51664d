extension SearchSession {
    /// The notes of a query `QueryLimits` changed: cut to its words, synonyms
    /// left out, wildcards past `maxWildcards` searched as words, and each
    /// wildcard with more words than the `wildcardExpansion` it was parsed with
    /// (0 when it fell back to plain words: no wildcards).
    func notes(cut: QueryCut, searched: String, rewritten: RewrittenQuery, wildcardExpansion: Int) throws -> [QueryNote] {
        var notes = cut.note.map { [$0] } ?? []
        if rewritten.synonymsLeftOut { notes.append(.synonymsLeftOut(terms: limits.maxTerms)) }
        if rewritten.wildcards > limits.maxWildcards {
            notes.append(.wildcardsLeftOut(kept: limits.maxWildcards, wildcards: rewritten.wildcards))
        }
        guard wildcardExpansion > 0 else { return notes }
        for wildcard in QueryRewriter.wildcardTerms(searched, stemPrefix: stemPrefix, limit: limits.maxWildcards)
        where try database.countTerms(prefix: wildcard.prefix, max: wildcardExpansion + 1) > wildcardExpansion {
            notes.append(.wildcardCapped(pattern: wildcard.pattern, limit: wildcardExpansion))
        }
        return notes
    }

    /// The note for a match asked to count every match (`checkAtLeast`) that
    /// ran for `seconds`: Xapian's timer (`Enquire.setTimeLimit`) fires at the
    /// limit and says nothing, so a match that lasted that long was stopped.
    /// (The MSet's bounds cannot tell: with collapsing they differ anyway.)
    func countingNote(seconds: Double, checkAtLeast: Int) -> QueryNote? {
        guard checkAtLeast > 0, limits.timeLimit > 0, seconds >= limits.timeLimit else { return nil }
        return .countingStopped(seconds: limits.timeLimit)
    }
}
