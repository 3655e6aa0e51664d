import Foundation

/// One `watch check`: it takes the index's lock (so no build moves the
/// sequence under it), runs each watch's query restricted to passages first
/// indexed after the watch's mark and up to the current sequence, and hands
/// the reports to the caller. Only after the caller has written them does
/// `commit()` advance the marks, in one transaction: a crash before the
/// commit reports the same passages again (at least once); one after it
/// never repeats them.
public final class WatchCheck {
    public let reports: [WatchReport]
    private let store: WatchStore
    private let lock: IndexLock
    private let failpoints: Failpoints

    /// Checks the watches named (all when empty) with `searcher` over the same index.
    public init(store: WatchStore, names: [String] = [], searcher: Searcher, faults: [FaultPlan] = [], now: Date = Date()) throws {
        self.store = store
        failpoints = Failpoints(faults)
        lock = try IndexLock(layout: store.layout, wait: store.waitForLock)
        try searcher.refresh()
        let db = try Database(path: store.layout.root)
        let sequence = BuildSequence.parse(try db.getMetadata(IndexSchema.buildSequenceKey))
        let all = try WatchStore.watches(in: db)
        for name in names where !all.contains(where: { $0.name == name }) { throw WatchError.notFound(name) }
        let chosen = names.isEmpty ? all : all.filter { names.contains($0.name) }
        let count = try db.getDoccount()
        reports = try chosen.map { watch in
            var request = SearchRequest(query: watch.query, limit: max(1, count), perArticle: 0)
            request.sort = .path
            request.feedback = false
            // A watch reports every new passage, copies too.
            request.duplicates = .show
            request.firstSeen = (watch.mark + 1)...max(watch.mark + 1, sequence)
            let results = watch.mark >= sequence ? SearchResults(query: watch.query, estimatedTotal: 0, hits: [], tookMicroseconds: 0)
                : try searcher.search(request)
            return WatchReport(watch: watch, since: watch.mark, through: max(watch.mark, sequence), results: results)
        }
    }

    /// Advances each checked watch's mark to the sequence it was checked
    /// through, after the reports were written.
    public func commit(now: Date = Date()) throws {
        try failpoints.reach(.watchOutput)
        try store.write(lock: lock) { db in
            for report in reports {
                var watch = report.watch
                // A watch removed and re-added meanwhile is left alone.
                guard let stored = Watch(decoding: try db.getMetadata(IndexSchema.watchKey(name: watch.name))),
                      stored.createdAt == watch.createdAt else { continue }
                watch.mark = report.through
                watch.checkedAt = now.timeIntervalSince1970
                try db.setMetadata(IndexSchema.watchKey(name: watch.name), try watch.encoded())
            }
        }
        try failpoints.reach(.watchCommit)
    }
}
