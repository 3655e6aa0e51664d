import CXapianShim

/// A Xapian database open for writing. It holds Xapian's write lock until
/// closed or freed. Changes become visible only at `commit()` or
/// `commitTransaction()`. Freeing it cancels an open transaction; changes
/// made outside a transaction are committed by Xapian's close, so a writer
/// that must never half-commit makes every change inside one.
/// Used by one thread at a time.
public final class WritableDatabase {
    public enum Action: Int32, Sendable {
        case createOrOpen = 1
        case createOrOverwrite = 2
        case open = 3
    }

    let handle: OpaquePointer

    public init(path: String, action: Action = .createOrOpen) throws {
        handle = try ShimCall.handle { xs_writable_database_open(path, action.rawValue, $0) }
    }

    deinit { xs_writable_database_free(handle) }

    public func commit() throws {
        try ShimCall.check { xs_writable_database_commit(handle, $0) }
    }

    /// Releases the lock. Xapian commits pending changes made outside a
    /// transaction, and discards those of an open one.
    public func close() throws {
        try ShimCall.check { xs_writable_database_close(handle, $0) }
    }

    /// Starts a transaction. With `flushed`, pending changes are committed
    /// first and `commitTransaction()` commits to disk.
    public func beginTransaction(flushed: Bool = true) throws {
        try ShimCall.check { xs_writable_database_begin_transaction(handle, flushed ? 1 : 0, $0) }
    }

    public func commitTransaction() throws {
        try ShimCall.check { xs_writable_database_commit_transaction(handle, $0) }
    }

    /// Discards every change made since `beginTransaction()`.
    public func cancelTransaction() throws {
        try ShimCall.check { xs_writable_database_cancel_transaction(handle, $0) }
    }

    @discardableResult
    public func addDocument(_ document: Document) throws -> UInt32 {
        try ShimCall.check { xs_writable_database_add_document(handle, document.handle, $0) }
    }

    /// Deletes every document indexed by `term`.
    public func deleteDocument(term: String) throws {
        try term.withBytes { t, n in
            try ShimCall.check { xs_writable_database_delete_document(handle, t, n, $0) }
        }
    }

    public func getDoccount() throws -> Int {
        Int(try ShimCall.check { xs_writable_database_get_doccount(handle, $0) })
    }

    public func setMetadata(_ key: String, _ value: String) throws {
        try key.withBytes { k, kn in
            try value.withBytes { v, vn in
                try ShimCall.check { xs_writable_database_set_metadata(handle, k, kn, v, vn, $0) }
            }
        }
    }

    public func getMetadata(_ key: String) throws -> String {
        try key.withBytes { k, n in
            try ShimCall.string { len, err in xs_writable_database_get_metadata(handle, k, n, len, err) }
        }
    }

    /// Every metadata (key, value) whose key starts with `prefix`, in key order.
    public func metadata(prefix: String) throws -> [(key: String, value: String)] {
        try MetadataCollector.collect(prefix: prefix) { p, n, visit, context, err in
            xs_writable_database_metadata_each(handle, p, n, visit, context, err)
        }
    }

    /// Hands `body` each metadata value whose key starts with `prefix`, in
    /// key order, without collecting them first.
    public func forEachMetadataValue(prefix: String, _ body: (String) -> Void) throws {
        try MetadataCollector.forEachValue(prefix: prefix, { p, n, visit, context, err in
            xs_writable_database_metadata_each(handle, p, n, visit, context, err)
        }, body)
    }

    /// Every word of the spelling dictionary with its frequency, pending additions included.
    public func spellings() throws -> [(word: String, frequency: Int)] {
        try ShimVisitors.collect((String, Int).self) {
            xs_writable_database_spellings_each(handle, ShimVisitors.valueCount, $0, $1)
        }.map { (word: $0.0, frequency: $0.1) }
    }

    public func addSpelling(_ word: String, frequency: UInt32 = 1) throws {
        try word.withBytes { w, n in
            try ShimCall.check { xs_writable_database_add_spelling(handle, w, n, frequency, $0) }
        }
    }
}
