extension BuildSummary {
    /// Adds the per-format totals and the count of fallback decodings.
    mutating func addFormats(_ totals: IndexTotals, _ outcomes: [ShardOutcome]) {
        formats = totals.formats
        let fallbacks = outcomes.reduce(0) { $0 + $1.decodedWithFallback }
        decodedWithFallback = fallbacks > 0 ? fallbacks : nil
    }
}
