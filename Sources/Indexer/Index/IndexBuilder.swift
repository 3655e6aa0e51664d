import Foundation
import Logging

/// Builds or refreshes an index from a corpus folder.
///
/// By default the build is incremental: it re-indexes only files whose size or
/// mtime changed and whose content hash differs, and removes passages of files
/// that are gone. Each shard is written by its own thread and commits in
/// batches together with the file records describing what it holds, so a
/// crash at any moment leaves the last committed state searchable and the next
/// run completes the work.
public struct IndexBuilder: Sendable {
    public let corpus: String
    public let layout: IndexLayout
    public var options: BuildOptions

    public init(corpus: String, index: String, options: BuildOptions = .init()) {
        self.corpus = corpus
        self.layout = IndexLayout(root: index)
        self.options = options
    }

    public func build(logger: Logger, progress: (@Sendable (BuildProgress) -> Void)? = nil) throws -> BuildSummary {
        let started = Date()
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: corpus, isDirectory: &isDir), isDir.boolValue else {
            throw IndexError.corpusNotFound(corpus)
        }
        try FileManager.default.createDirectory(atPath: layout.root, withIntermediateDirectories: true)
        let lock = try IndexLock(layout: layout, wait: options.waitForLock)
        defer { withExtendedLifetime(lock) {} }

        let existing = layout.exists ? try layout.liveShards() : []
        let schema = try resolveSchema(existingShards: existing)
        let full = options.full || existing.isEmpty || SchemaUpgrade.needsFullRebuild(layout, shards: existing)
        let generation = full ? layout.nextGeneration() : layout.generation(ofShard: existing[0])
        layout.removeStale(keepGeneration: full ? generation : nil)
        let shardPaths = full ? layout.buildShardNames(generation: generation, count: schema.shards) : existing
        if full { try FileManager.default.createDirectory(atPath: layout.absolute(generation), withIntermediateDirectories: true) }
        logger.debug("building", metadata: ["index": "\(layout.root)", "generation": "\(generation)", "full": "\(full)"])

        let crashPoint = CrashPoint(target: options.crashAt)
        // Each writer gets its own Stem: copies of a Xapian::Stem share state
        // that is not safe to use from two threads.
        let writers = try shardPaths.map {
            try ShardWriter(path: layout.absolute($0), stem: try Stem(language: schema.language), strategy: schema.strategy,
                            batchSize: options.batchSize, crashPoint: crashPoint)
        }
        for writer in writers {
            try writer.setMetadata(IndexSchema.schemaVersionKey, IndexSchema.version)
            try writer.setMetadata(IndexSchema.languageKey, schema.language)
            try writer.setMetadata(IndexSchema.stemStrategyKey, schema.strategy.rawValue)
            try writer.setMetadata(IndexSchema.shardCountKey, String(writers.count))
            if let synonyms = options.synonyms ?? (existing.isEmpty || full ? schema.synonyms : nil) {
                try writer.setMetadata(IndexSchema.synonymsKey, synonyms.encoded)
            }
        }
        // A brand-new index is searchable (empty) from its first moment.
        if existing.isEmpty {
            for writer in writers { try writer.commit() }
            try layout.writeStub(shards: shardPaths)
        }

        // Walk the corpus while the shards' file records are read: on a run
        // with nothing to do, these two are all the work there is.
        let loaded = ShardOutcomes(count: writers.count)
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) {
            for (i, writer) in writers.enumerated() {
                do { loaded[i] = ShardOutcome(records: try writer.fileRecords()) } catch { loaded[i] = ShardOutcome(error: error) }
            }
        }
        let walk = CorpusWalker(root: corpus, followSymlinks: options.followSymlinks).walk()
        reading.wait()
        if let error = loaded.all.compactMap(\.error).first { throw error }
        let records = loaded.all.map(\.records)
        var summary = BuildSummary()
        summary.full = full
        summary.corpus = CorpusWalker.realPath(corpus) ?? corpus
        summary.startedAt = started.timeIntervalSince1970
        summary.shards = writers.count
        summary.language = schema.language
        summary.filesSeen = walk.entries.count
        let plan = try plan(walk: walk, writers: writers, records: records, summary: &summary)

        let total = plan.reduce(0) { $0 + $1.filter { if case .index = $0 { return true } else { return false } }.count }
        let tracker = ProgressTracker(total: total, report: progress)
        let reader = ArticleFileReader(maxFileSize: options.maxFileSize, afterRead: options.afterRead)
        let outcomes = ShardOutcomes(count: writers.count)
        DispatchQueue.concurrentPerform(iterations: writers.count) { shard in
            outcomes[shard] = ShardWorker(writer: writers[shard], reader: reader, logger: logger, tracker: tracker)
                .run(plan[shard], records: records[shard])
        }
        try merge(outcomes.all, into: &summary)

        summary.seconds = Date().timeIntervalSince(started)
        let encoded = String(decoding: try JSONEncoder().encode(summary), as: UTF8.self)
        for writer in writers {
            try writer.setMetadata(IndexSchema.lastBuildKey, encoded)
            try writer.commit()
        }
        if full {
            // Compact each shard (about half the size, and faster to search),
            // then point the stub at the compacted shards in one rename.
            for writer in writers { try writer.close() }
            let compacted = layout.shardNames(generation: generation, count: writers.count)
            try Self.compact(zip(shardPaths, compacted).map { (layout.absolute($0), layout.absolute($1)) })
            crashPoint.reach()
            try layout.writeStub(shards: compacted)
            crashPoint.reach()
            for path in shardPaths { try? FileManager.default.removeItem(atPath: layout.absolute(path)) }
            summary.seconds = Date().timeIntervalSince(started)
        }
        return summary
    }

    /// Compacts each (source, destination) pair, in parallel.
    private static func compact(_ pairs: [(String, String)]) throws {
        let errors = ShardOutcomes(count: pairs.count)
        DispatchQueue.concurrentPerform(iterations: pairs.count) { i in
            do {
                try? FileManager.default.removeItem(atPath: pairs[i].1)
                try Database.compact(source: pairs[i].0, destination: pairs[i].1)
            } catch {
                errors[i] = ShardOutcome(error: error)
            }
        }
        if let error = errors.all.compactMap(\.error).first {
            throw (error as? XapianError).map(IndexError.xapian) ?? error
        }
    }

    private struct Schema {
        var language: String
        var strategy: StemStrategy
        var shards: Int
        /// The live index's synonyms, carried into a full rebuild.
        var synonyms: SynonymTable = .newsDefault
    }

    /// The live index's language and shard count, or those of a new one.
    private func resolveSchema(existingShards: [String]) throws -> Schema {
        var schema = Schema(language: "english", strategy: .allZ, shards: options.shards ?? min(8, max(1, ProcessInfo.processInfo.activeProcessorCount)))
        if let first = existingShards.first {
            let db = try Database(path: layout.absolute(first))
            let language = try db.getMetadata(IndexSchema.languageKey)
            if !language.isEmpty { schema.language = language }
            if let strategy = StemStrategy(rawValue: try db.getMetadata(IndexSchema.stemStrategyKey)) { schema.strategy = strategy }
            if !options.full { schema.shards = existingShards.count }
            let synonyms = try db.getMetadata(IndexSchema.synonymsKey)
            if !synonyms.isEmpty { schema.synonyms = SynonymTable(parsing: synonyms) }
            if let requested = options.language, requested != schema.language, !options.full {
                throw IndexError.languageMismatch(index: schema.language, requested: requested)
            }
        }
        if let requested = options.language { schema.language = requested }
        // Without a stemmer, words are indexed as they are (STEM_ALL_Z would index none).
        if schema.language == "none" { schema.strategy = .none } else if schema.strategy == .none { schema.strategy = .allZ }
        guard schema.language == "none" || Stem.availableLanguages.contains(schema.language) else {
            throw IndexError.unknownLanguage(schema.language)
        }
        return schema
    }

    /// Decides, per shard, what changed since the records in that shard.
    private func plan(walk: CorpusWalker.Result, writers: [ShardWriter], records: [[String: FileRecord]],
                      summary: inout BuildSummary) throws -> [[ShardTask]] {
        let router = ShardRouter(shardCount: writers.count)
        var records = records
        var failures = try writers.map { try $0.failureRecords() }
        var plan = [[ShardTask]](repeating: [], count: writers.count)
        for entry in walk.entries {
            let shard = router.shard(for: entry.relativePath)
            let old = records[shard].removeValue(forKey: entry.relativePath)
            let failure = failures[shard].removeValue(forKey: entry.relativePath)
            if let old, old.size == entry.size, old.mtimeNs == entry.mtimeNs {
                summary.unchanged += 1
            } else if old == nil, let failure, failure.size == entry.size, failure.mtimeNs == entry.mtimeNs {
                summary.stillFailing += 1
            } else {
                plan[shard].append(.index(entry, old: old, failedBefore: failure != nil))
            }
        }
        for skip in walk.skipped {
            let shard = router.shard(for: skip.path)
            let old = records[shard].removeValue(forKey: skip.path)
            let failure = failures[shard].removeValue(forKey: skip.path)
            if old == nil, let failure, failure.tag == skip.reason.tag, failure.mtimeNs == skip.mtimeNs {
                summary.stillFailing += 1
            } else {
                plan[shard].append(.fail(FailureRecord(path: skip.path, size: skip.size, mtimeNs: skip.mtimeNs, reason: skip.reason), old: old))
            }
        }
        for shard in writers.indices {
            plan[shard] += records[shard].values.sorted { $0.path < $1.path }.map { .remove($0) }
            plan[shard] += failures[shard].keys.sorted().map { .forgetFailure($0) }
        }
        return plan
    }

    private func merge(_ outcomes: [ShardOutcome], into summary: inout BuildSummary) throws {
        if let error = outcomes.compactMap(\.error).first {
            if let xapian = error as? XapianError { throw IndexError.xapian(xapian) }
            throw error
        }
        var added = outcomes.flatMap(\.added)
        var removed = outcomes.flatMap(\.removed)
        // A removed file whose content reappears under a new path was renamed.
        var removedByHash = Dictionary(grouping: removed.indices, by: { removed[$0].hash })
        var renamedAdded = Set<Int>()
        var renamedRemoved = Set<Int>()
        for (i, file) in added.enumerated() {
            if var candidates = removedByHash[file.hash], let j = candidates.popLast() {
                removedByHash[file.hash] = candidates
                renamedAdded.insert(i)
                renamedRemoved.insert(j)
            }
        }
        added = added.enumerated().filter { !renamedAdded.contains($0.offset) }.map(\.element)
        removed = removed.enumerated().filter { !renamedRemoved.contains($0.offset) }.map(\.element)
        summary.renamed = renamedAdded.count
        summary.added = added.count
        summary.removed = removed.count
        for outcome in outcomes {
            summary.changed += outcome.changed
            summary.touched += outcome.touched
            summary.skipped += outcome.skipped
            summary.passagesWritten += outcome.passagesWritten
            summary.articles += outcome.records.values.reduce(0) { $0 + $1.articles }
            for record in outcome.records.values {
                summary.passages += record.passages
                summary.captions += record.captions
            }
        }
        summary.skipped.sort { $0.path < $1.path }
        summary.addFormats(outcomes)  // issue 6: per-format counts, Windows-1252 fallbacks
    }
}
