import Foundation

/// Every bound on what one query may cost, in one place (README, "Query limits").
/// Queries come from anyone a served index answers, so none may take minutes or
/// gigabytes: before these, `~us` 3,000 times took 61 s and 664 MB on Reuters,
/// and one such line stalled a whole `--batch`.
///
/// A query past `maxBytes` is refused (`SearchError.queryTooLong`, exit 64); the
/// other limits cut the query and say so in a `QueryNote`.
public struct QueryLimits: Sendable, Equatable {
    /// The query's length in UTF-8 bytes (also a `similar` passage id's): room
    /// for a pasted paragraph, none for a pasted article.
    public var maxBytes = 8_192
    /// Words searched: each word, each word of a phrase, each field word and
    /// wildcard counts one; operators, brackets and quotes count none. The
    /// words past it are left out (`QueryNote.cutToWords`). (The cost of
    /// `NEAR` grows faster than its words: on Reuters `said NEAR said …` took
    /// 0.28 s of CPU at 32 words, 0.8 s at 64.)
    public var maxWords = 32
    /// Terms after expansion, counted as words: synonyms (`~us`, `--synonyms`)
    /// that would pass it are left out (`QueryNote.synonymsLeftOut`), and the
    /// wildcards' words stay within what remains (`wildcardExpansion`).
    public var maxTerms = 128
    /// Wildcards expanded; the ones after are searched as words, without their
    /// `*` (`QueryNote.wildcardsLeftOut`). Each wildcard reads the frequency of
    /// every word it could expand to, to keep the most frequent: 64 `s*` took
    /// 1 s of CPU on Reuters, whatever their expansion limit; 8, 0.19 s.
    public var maxWildcards = 8
    /// Words the wildcards of a query expand to, together (each at least one):
    /// the most frequent over the whole index are searched (`QueryNote.wildcardCapped`),
    /// as Xapian's `WILDCARD_LIMIT_MOST_FREQUENT` would over one database: the
    /// parser expands wildcards itself, over every shard at once
    /// (`QueryParser.addWildcardField`), not each shard on its own. Unbounded, 64 one-letter wildcards took 5.7 s on
    /// Reuters, and 2.9 s at 100 words each.
    public var maxWildcardTerms = 100
    /// Seconds the match may spend counting every match (`--facets`, `--group`'s
    /// exact article count): `Enquire::set_time_limit`, after which Xapian stops
    /// counting and the totals are estimates (`QueryNote.countingStopped`).
    /// Xapian 1.4 cannot stop the match itself; the limits above bound it.
    public var timeLimit = 1.0

    /// How many words each of `wildcards` wildcards may expand to in a query of
    /// `terms` terms (each wildcard one of them): an equal share of
    /// `maxWildcardTerms`, within what `maxTerms` leaves, and at least 1.
    public func wildcardExpansion(terms: Int, wildcards: Int) -> Int {
        guard wildcards > 0 else { return maxWildcardTerms }
        return max(1, min(maxWildcardTerms / wildcards, 1 + max(0, maxTerms - terms) / wildcards))
    }

    /// The ranges the command line accepts (exit 64 outside them). Results are
    /// fetched, snippeted and printed one by one, so the time a search takes
    /// grows with `--limit`: on Reuters 10,000 results took 1.4 s and 10,000
    /// articles with `--group` 2.2 s; 1,000 (the depth `bench/quality.sh` asks
    /// for) take 0.15 s and 0.25 s. Paging reaches 1,000 results deep: ranking
    /// 10,000 deep took 1 s of CPU for a query of wildcards, 1,000 deep 0.2 s.
    public static let limitRange = 1...1_000
    public static let offsetRange = 0...1_000
    public static let perArticleRange = 0...1_000

    public init() {}

    public static let standard = QueryLimits()

    /// The standard limits with the overrides of `$SEARCH_CLI_QUERY_LIMITS`, for
    /// experiments and tests: comma-separated `key=value` pairs, keys `bytes`,
    /// `words`, `terms`, `wildcards`, `wildcard_terms` (positive counts) and
    /// `time` (seconds, 0 for none). A value out of range is ignored.
    public static func fromEnvironment(_ environment: [String: String]) -> QueryLimits {
        var limits = QueryLimits.standard
        guard let spec = environment["SEARCH_CLI_QUERY_LIMITS"] else { return limits }
        for pair in spec.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let value = Double(parts[1]), value.isFinite, value >= 0 else { continue }
            let count = (1...1_000_000.0).contains(value) ? Int(value) : nil
            switch (parts[0], count) {
            case ("bytes", let count?): limits.maxBytes = count
            case ("words", let count?): limits.maxWords = count
            case ("terms", let count?): limits.maxTerms = count
            case ("wildcards", let count?): limits.maxWildcards = count
            case ("wildcard_terms", let count?): limits.maxWildcardTerms = count
            case ("time", _) where value <= 3_600: limits.timeLimit = value
            default: continue
            }
        }
        return limits
    }
}
