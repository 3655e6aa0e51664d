import Foundation

/// The watches of an index: read from its first shard, written to it in one
/// Xapian transaction while holding the index's build lock (`IndexLock`), so
/// a watch is never written while a build runs, and a build (which reads the
/// watches under the same lock and carries them into a `--full` generation)
/// never loses one.
public struct WatchStore: Sendable {
    public let layout: IndexLayout
    /// Seconds to wait for a running build's lock (0: fail at once with `IndexError.busy`).
    public var waitForLock: Double

    public init(index: String, waitForLock: Double = 0) {
        layout = IndexLayout(root: index)
        self.waitForLock = waitForLock
    }

    /// Every watch, by name.
    public func list() throws -> [Watch] {
        let db = try Database(path: layout.root)
        return try Self.watches(in: db)
    }

    /// The last completed build's sequence.
    public func sequence() throws -> Int {
        BuildSequence.parse(try Database(path: layout.root).getMetadata(IndexSchema.buildSequenceKey))
    }

    static func watches(in db: Database) throws -> [Watch] {
        try db.metadata(prefix: IndexSchema.watchPrefix).compactMap { Watch(decoding: $0.value) }.sorted { $0.name < $1.name }
    }

    /// Adds a watch. With `fromNow`, its first check reports only passages
    /// indexed by later builds; else everything that matches now.
    @discardableResult
    public func add(name: String, query: String, fromNow: Bool = false, now: Date = Date()) throws -> Watch {
        guard Watch.isValidName(name) else { throw WatchError.badName(name) }
        guard !query.allSatisfy(\.isWhitespace) else { throw WatchError.emptyQuery }
        return try write { db in
            guard try db.getMetadata(IndexSchema.watchKey(name: name)).isEmpty else { throw WatchError.duplicate(name) }
            let mark = fromNow ? BuildSequence.parse(try db.getMetadata(IndexSchema.buildSequenceKey)) : 0
            let watch = Watch(name: name, query: query, mark: mark, createdAt: now.timeIntervalSince1970)
            try db.setMetadata(IndexSchema.watchKey(name: name), try watch.encoded())
            return watch
        }
    }

    public func remove(name: String) throws {
        try write { db in
            guard !(try db.getMetadata(IndexSchema.watchKey(name: name))).isEmpty else { throw WatchError.notFound(name) }
            try db.setMetadata(IndexSchema.watchKey(name: name), "")
        }
    }

    /// Runs `body` on the first shard, under the lock, in one transaction.
    func write<T>(lock held: IndexLock? = nil, _ body: (WritableDatabase) throws -> T) throws -> T {
        let lock = try held ?? IndexLock(layout: layout, wait: waitForLock)
        defer { withExtendedLifetime(lock) {} }
        guard layout.exists else { throw SearchError.noIndex(layout.root) }
        if let damage = IndexCheck.run(layout, .layout).damage { throw SearchError.damaged(damage) }
        guard let live = LiveIndex.read(layout), live.isUsable, let first = live.shards.first else {
            throw SearchError.noIndex(layout.root)
        }
        let db = try WritableDatabase(path: layout.absolute(first), action: .open)
        defer { try? db.close() }
        try db.beginTransaction(flushed: true)
        do {
            let result = try body(db)
            try db.commitTransaction()
            return result
        } catch {
            try? db.cancelTransaction()
            throw error
        }
    }
}
