import Foundation

/// Every parameter of how results are ranked, in one place. The defaults were chosen on
/// Cranfield, CISI and MED with `bench/quality.sh` (see README, "Ranking quality"),
/// judged on all three collections together, never on single queries.
///
/// (Index-time weights, such as the title's wdf, live in `IndexSchema`.)
public struct Ranking: Sendable, Equatable {
    /// BM25's parameters: k1 1.2 and b 0.75 (Lucene's, tantivy's and FTS5's) instead of
    /// Xapian's 1 and 0.5: MAP rose on all three collections (nDCG@10 on MED fell by 0.01).
    public var bm25 = BM25Weight(k1: 1.2, b: 0.75)
    /// Leave common English words (`Ranking.englishStopwords`) out of queries, unless they
    /// are in a phrase, required (`+the`) or the whole query.
    public var stopwords = true
    /// Pseudo-relevance feedback, on by default: the best terms (Xapian's ESet) of the
    /// top `feedbackDocuments` passages (one per article) reorder the plain ranking's
    /// top `feedbackDepth` passages; the passages below keep their places, and no
    /// match is added or dropped (OP_AND_MAYBE within those passages). Each term adds
    /// `feedbackWeight` times its ESet weight over the best term's. 0 documents turns
    /// it off; so does `SearchRequest.feedback = false` (`--no-feedback`).
    /// Chosen with `bench/quality.sh` (README, "Ranking quality"): 5 passages, 5 terms
    /// and the top 20 beat every anchor on all three collections, for a search that
    /// costs about 1.5 times a plain one (Xapian's instruction count over the bench's
    /// Reuters queries); 10 passages and 20 terms over every match ranked no better
    /// and cost 3.3 times.
    /// Snippets still mark only the words of the query as typed. Not used with
    /// `--sort date`, nor with `--explain` (whose per-term contributions add up to the
    /// score of the query as typed), nor within `--group`'s articles or by `similar`.
    public var feedbackDocuments = 5
    public var feedbackTerms = 5
    public var feedbackWeight = 0.5
    public var feedbackDepth = 20
    /// Only words found in at least this many of the feedback passages are offered to
    /// the ESet, which reads each offered term's statistics from every shard.
    public var feedbackMinDocuments = 2

    public init() {}

    public static let standard = Ranking()

    /// The standard ranking with the overrides of `$SEARCH_CLI_RANKING`, for experiments
    /// (`bench/quality.sh`): comma-separated `key=value` pairs, keys `k1`, `k2`, `k3`, `b`,
    /// `min_normlen`, `stopwords` (0/1), `prf_docs`, `prf_terms`, `prf_weight`, `prf_depth`, `prf_min_docs`.
    public static func fromEnvironment(_ environment: [String: String]) -> Ranking {
        var ranking = Ranking.standard
        guard let spec = environment["SEARCH_CLI_RANKING"] else { return ranking }
        for pair in spec.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            // A value that is not a finite number, or a count outside 0…10,000, is ignored.
            guard parts.count == 2, let value = Double(parts[1]), value.isFinite else { continue }
            let count = (0...10_000.0).contains(value) ? Int(value) : nil
            switch (parts[0], count) {
            case ("k1", _): ranking.bm25.k1 = value
            case ("k2", _): ranking.bm25.k2 = value
            case ("k3", _): ranking.bm25.k3 = value
            case ("b", _): ranking.bm25.b = value
            case ("min_normlen", _): ranking.bm25.minNormlen = value
            case ("stopwords", _): ranking.stopwords = value != 0
            case ("prf_weight", _): ranking.feedbackWeight = value
            case ("prf_docs", let count?): ranking.feedbackDocuments = count
            case ("prf_terms", let count?): ranking.feedbackTerms = count
            case ("prf_depth", let count?): ranking.feedbackDepth = count
            case ("prf_min_docs", let count?): ranking.feedbackMinDocuments = count
            default: continue
            }
        }
        return ranking
    }

    /// Snowball's English stopword list (the words its stemmer's authors leave out).
    public static let englishStopwords: [String] = """
        i me my myself we our ours ourselves you your yours yourself yourselves he him his himself \
        she her hers herself it its itself they them their theirs themselves what which who whom \
        this that these those am is are was were be been being have has had having do does did \
        doing would should could ought i'm you're he's she's it's we're they're i've you've we've \
        they've i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll we'll they'll isn't \
        aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't \
        shouldn't can't cannot couldn't mustn't let's that's who's what's here's there's when's \
        where's why's how's a an the and but if or because as until while of at by for with about \
        against between into through during before after above below to from up down in out on \
        off over under again further then once here there when where why how all any both each \
        few more most other some such no nor not only own same so than too very
        """.split(separator: " ").map(String.init)
}
