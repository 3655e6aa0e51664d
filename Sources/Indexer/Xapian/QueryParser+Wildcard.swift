import CXapianShim

extension QueryParser {
    /// Which terms a wildcard past its expansion limit keeps (Xapian's `Query::WILDCARD_LIMIT_*`).
    public enum WildcardLimit: Int32, Sendable {
        /// The query fails with WildcardError.
        case error = 0
        /// The first terms in term order.
        case first = 1
        /// The terms that index the most documents.
        case mostFrequent = 2
    }

    /// `QueryParser::set_max_expansion`: each wildcard expands to at most `max`
    /// terms (0: no limit), in each shard.
    public func setMaxExpansion(_ max: Int, type: WildcardLimit = .mostFrequent) throws {
        let bounded = UInt32(clamping: Swift.max(0, max))
        try ShimCall.check { xs_queryparser_set_max_expansion(handle, bounded, type.rawValue, $0) }
    }

    /// A hidden field whose values are wildcards' words (`field:telecom` for
    /// `telecom*`), expanded here over every shard of `database` rather than by
    /// each shard: `OP_SYNONYM` over the terms that start with `prefix` + the
    /// word, the `setMaxExpansion` most frequent of them.
    public func addWildcardField(_ field: String, prefix: String, database: Database) throws {
        try ShimCall.check { xs_queryparser_add_wildcard_field(handle, field, prefix, database.handle, $0) }
    }
}
