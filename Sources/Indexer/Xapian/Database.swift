import CXapianShim

/// A read-only Xapian database. A stub file opens all the shards it lists as one.
public final class Database: @unchecked Sendable {
    let handle: OpaquePointer

    public init(path: String) throws {
        handle = try ShimCall.handle { xs_database_open(path, $0) }
    }

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

    /// Writes a compacted copy of the database at `source` into `destination`.
    public static func compact(source: String, destination: String) throws {
        try ShimCall.check { xs_database_compact(source, destination, $0) }
    }

    /// The version of the Xapian library in use, e.g. "1.4.22".
    public static var versionString: String { String(cString: xs_version_string()) }
}
