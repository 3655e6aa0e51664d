import CXapianShim

/// A read-only Xapian database. A stub file opens all the shards it lists as one.
/// Not Sendable: a Xapian `Database` is used by one thread at a time.
public final class Database {
    let handle: OpaquePointer

    public init(path: String) throws {
        handle = try ShimCall.handle { xs_database_open(path, $0) }
    }

    init(handle: OpaquePointer) { self.handle = handle }

    deinit { xs_database_free(handle) }

    /// Moves to the latest committed revision. Returns true if it changed.
    @discardableResult
    public func reopen() throws -> Bool {
        try ShimCall.check { xs_database_reopen(handle, $0) } == 1
    }

    public func getDoccount() throws -> Int {
        Int(try ShimCall.check { xs_database_get_doccount(handle, $0) })
    }

    public func getMetadata(_ key: String) throws -> String {
        try key.withBytes { k, n in
            try ShimCall.string { len, err in xs_database_get_metadata(handle, k, n, len, err) }
        }
    }

    /// Every metadata (key, value) whose key starts with `prefix`, in key order.
    public func metadata(prefix: String) throws -> [(key: String, value: String)] {
        try MetadataCollector.collect(prefix: prefix) { p, n, visit, context, err in
            xs_database_metadata_each(handle, p, n, visit, context, err)
        }
    }

    public func getTermfreq(_ term: String) throws -> Int {
        Int(try term.withBytes { t, n in try ShimCall.check { xs_database_get_termfreq(handle, t, n, $0) } })
    }

    /// The spelling dictionary's suggestion for `word`, or nil.
    public func getSpellingSuggestion(_ word: String) throws -> String? {
        let suggestion = try word.withBytes { w, n in
            try ShimCall.string { len, err in xs_database_get_spelling_suggestion(handle, w, n, len, err) }
        }
        return suggestion.isEmpty ? nil : suggestion
    }

    /// The first document indexed by `term`, or nil.
    public func firstDocid(term: String) throws -> UInt32? {
        let id = try term.withBytes { t, n in try ShimCall.check { xs_database_first_docid(handle, t, n, $0) } }
        return id == 0 ? nil : id
    }

    /// Writes a compacted copy of the database at `source` into `destination`.
    public static func compact(source: String, destination: String) throws {
        try ShimCall.check { xs_database_compact(source, destination, $0) }
    }

    /// The version of the Xapian library in use, e.g. "1.4.22".
    public static var versionString: String { String(cString: xs_version_string()) }
}
