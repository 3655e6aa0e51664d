/// Every bound on what one query may cost, in one place (README, "Query limits").
public struct QueryLimits: Sendable, Equatable {
    /// The ranges the command line accepts (exit 64 outside them). Results are
    /// fetched, snippeted and printed one by one, so the time a search takes
    /// grows with `--limit`: on Reuters 10,000 results took 1.4 s and 10,000
    /// articles with `--group` 2.2 s; 1,000 (the depth `bench/quality.sh` asks
    /// for) take 0.15 s and 0.25 s. Paging reaches 10,000 results deep (ranking
    /// 100,000 deep took 1.2 s).
    public static let limitRange = 1...1_000
    public static let offsetRange = 0...10_000
    public static let perArticleRange = 0...1_000
}
