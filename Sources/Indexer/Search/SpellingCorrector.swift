/// Suggests a corrected query: each plain word whose stem indexes nothing is
/// replaced by the spelling dictionary's suggestion, if it has one.
///
/// (Xapian's own FLAG_SPELLING_CORRECTION checks the unstemmed word, which
/// an index of stems alone never holds, so it would "correct" every word.)
struct SpellingCorrector {
    let database: Database
    let stem: Stem
    let stemPrefix: String
    /// Xapian's TermGenerator indexes no longer word (its default maximum), so a
    /// longer one has nothing to be corrected to; its suggestion would cost time
    /// that grows with its length (2.6 s for a 100,000-byte word on Reuters).
    static let longestIndexedWord = 64

    func suggestion(for query: String) throws -> String? {
        var changed = false
        var tokens = QueryTokens(query).tokens
        for i in tokens.indices {
            guard case .word(let raw) = tokens[i], QueryRewriter.isPlainWord(raw) else { continue }
            let sign = raw.first == "+" || raw.first == "-" ? String(raw.first!) : ""
            let word = String(raw.dropFirst(sign.count))
            let lower = word.lowercased()
            guard word.utf8.count <= Self.longestIndexedWord, word.allSatisfy({ $0.isLetter }), !word.hasSuffix("*"),
                  try database.getTermfreq(stemPrefix + stem(lower)) == 0, try database.getTermfreq(lower) == 0,
                  let suggestion = try database.getSpellingSuggestion(lower), suggestion != lower else { continue }
            tokens[i] = .word(sign + suggestion)
            changed = true
        }
        return changed ? tokens.map(\.text).joined() : nil
    }
}
