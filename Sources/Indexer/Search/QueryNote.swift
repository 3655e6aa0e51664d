/// What a `QueryLimits` bound changed in a query, said to the user in one line.
public enum QueryNote: Sendable, Equatable, CustomStringConvertible {
    /// Only the first `kept` of the query's `words` words were searched.
    case cutToWords(kept: Int, words: Int)
    /// Synonyms were left out so that the query stays within `terms` terms.
    case synonymsLeftOut(terms: Int)
    /// Only the first `kept` of the query's `wildcards` wildcards were expanded; the others were searched as words.
    case wildcardsLeftOut(kept: Int, wildcards: Int)
    /// `pattern` (as typed, `telecom*`) matches more than `limit` words; the most frequent were searched.
    case wildcardCapped(pattern: String, limit: Int)
    /// Counting every match stopped after `seconds`: totals and facets are estimates.
    case countingStopped(seconds: Double)
    /// The page starts at `offset`, past the last of the `total` results.
    case offsetPastEnd(offset: Int, total: Int)

    public var description: String {
        switch self {
        case .cutToWords(let kept, let words):
            return "the query has \(Digits.grouped(words)) words; only its first \(Digits.grouped(kept)) words were searched"
        case .synonymsLeftOut(let terms):
            return "some synonyms were left out: the query reached its limit of \(Digits.grouped(terms)) terms"
        case .wildcardsLeftOut(let kept, let wildcards):
            return "the query has \(Digits.grouped(wildcards)) wildcards; only the first \(Digits.grouped(kept)) were expanded, the others searched as words"
        case .wildcardCapped(let pattern, 1):
            return "wildcard \(pattern) matches more than 1 word; the most frequent was searched"
        case .wildcardCapped(let pattern, let limit):
            return "wildcard \(pattern) matches more than \(Digits.grouped(limit)) words; the \(Digits.grouped(limit)) most frequent were searched"
        case .countingStopped(let seconds):
            return "counting the matches stopped after \(seconds.formatted()) s; totals and facets are estimates"
        case .offsetPastEnd(let offset, let total):
            return "offset \(Digits.grouped(offset)) is past the last result (there are about \(Digits.grouped(total)))"
        }
    }
}

extension Double {
    /// 1 as "1", 0.5 as "0.5".
    fileprivate func formatted() -> String {
        isFinite && self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
