import CXapianShim

extension Database {
    /// How many distinct terms start with `prefix`, counting at most `max`.
    public func countTerms(prefix: String, max: Int) throws -> Int {
        let bounded = UInt32(clamping: Swift.max(0, max))
        return Int(try prefix.withBytes { p, n in
            try ShimCall.check { xs_database_count_terms(handle, p, n, bounded, $0) }
        })
    }
}
