import CXapianShim

/// Xapian's QueryParser.
public final class QueryParser {
    /// QueryParser's feature flags.
    public struct Flags: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let boolean = Flags(rawValue: UInt32(XS_FLAG_BOOLEAN))
        public static let phrase = Flags(rawValue: UInt32(XS_FLAG_PHRASE))
        public static let loveHate = Flags(rawValue: UInt32(XS_FLAG_LOVEHATE))
        public static let booleanAnyCase = Flags(rawValue: UInt32(XS_FLAG_BOOLEAN_ANY_CASE))
        public static let wildcard = Flags(rawValue: UInt32(XS_FLAG_WILDCARD))
        public static let pureNot = Flags(rawValue: UInt32(XS_FLAG_PURE_NOT))
        public static let spellingCorrection = Flags(rawValue: UInt32(XS_FLAG_SPELLING_CORRECTION))
        public static let synonym = Flags(rawValue: UInt32(XS_FLAG_SYNONYM))
        public static let autoSynonyms = Flags(rawValue: UInt32(XS_FLAG_AUTO_SYNONYMS))
        public static let `default`: Flags = [.boolean, .phrase, .loveHate]
    }

    public enum DefaultOp: Int32, Sendable {
        case and = 0
        case or = 1
    }

    let handle: OpaquePointer

    public init() throws {
        handle = try ShimCall.handle { xs_queryparser_new($0) }
    }

    deinit { xs_queryparser_free(handle) }

    public func setStemmer(_ stem: Stem) throws {
        try ShimCall.check { xs_queryparser_set_stemmer(handle, stem.handle, $0) }
    }

    public func setStemmingStrategy(_ strategy: StemStrategy) throws {
        try ShimCall.check { xs_queryparser_set_stemming_strategy(handle, strategy.rawCode, $0) }
    }

    public func setDefaultOp(_ op: DefaultOp) throws {
        try ShimCall.check { xs_queryparser_set_default_op(handle, op.rawValue, $0) }
    }

    /// Used for wildcards and spelling; the parser keeps its own reference.
    public func setDatabase(_ database: Database) throws {
        try ShimCall.check { xs_queryparser_set_database(handle, database.handle, $0) }
    }

    public func addPrefix(_ field: String, _ prefix: String) throws {
        try ShimCall.check { xs_queryparser_add_prefix(handle, field, prefix, $0) }
    }

    /// `field:value` filters (Xapian's boolean prefixes) on the value in `slot`, as
    /// `Query(valueFilter:slot:folder:)` makes them: a value range, not a term.
    public func addValueFilter(_ field: String, slot: UInt32, folder: Bool = false) throws {
        try ShimCall.check { xs_queryparser_add_value_filter(handle, field, slot, folder ? 1 : 0, $0) }
    }

    /// Throws `QueryParserError` for a query that does not parse with `flags`.
    public func parseQuery(_ text: String, flags: Flags = .default) throws -> Query {
        let raw = try text.withBytes { t, n in
            try ShimCall.handle { xs_queryparser_parse_query(handle, t, n, flags.rawValue, $0) }
        }
        return Query(handle: raw)
    }

}
