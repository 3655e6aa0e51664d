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

        // Read the shards' file records while the corpus walk starts: on a
        // run with nothing to do, these two are all the work there is.
        let loaded = ShardOutcomes(count: writers.count)
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) {
            for (i, writer) in writers.enumerated() {
                do { loaded[i] = ShardOutcome(records: try writer.fileRecords()) } catch { loaded[i] = ShardOutcome(error: error) }
            }
        }
        let walker = CorpusWalker(root: corpus, followSymlinks: options.followSymlinks)
        var planner: BuildPlanner?
        var total = 0
        if progress != nil {
            // The bar needs the count of files to index before the first is done.
            reading.wait()
            planner = try makePlanner(loaded, writers: writers)
            walker.walk { if planner!.wouldIndex($0) { total += 1 } }
        }
        let tracker = ProgressTracker(total: total, report: progress)
        let reader = ArticleFileReader(maxFileSize: options.maxFileSize, afterRead: options.afterRead)
        let pool = ShardPool(writers.map {
            ShardWorker(writer: $0, reader: reader, logger: logger, tracker: tracker, keepsAddedHashes: !full)
        })
        // Items walked before the records are read wait here (a full build
        // has none to read): the walk goes on while they load.
        var early: [CorpusItem] = []
        var planError: Error?
        func route(_ item: CorpusItem) {
            if let (shard, task) = planner!.plan(item) { pool.push(task, to: shard) }
        }
        func readyPlanner(wait: Bool) -> Bool {
            if planner != nil { return true }
            guard planError == nil, wait || reading.wait(timeout: .now()) == .success else { return false }
            reading.wait()
            do { planner = try makePlanner(loaded, writers: writers) } catch { planError = error; return false }
            for item in early { route(item) }
            early = []
            return true
        }
        walker.walk { item in
            if readyPlanner(wait: false) { route(item) } else if planError == nil { early.append(item) }
        }
        if readyPlanner(wait: true) {
            for shard in writers.indices {
                for task in planner!.leftovers(shard: shard) { pool.push(task, to: shard) }
            }
        }
        let outcomes = pool.finish()
        if let planError { throw planError }
        var summary = BuildSummary()
        summary.full = full
        summary.corpus = CorpusWalker.realPath(corpus) ?? corpus
        summary.startedAt = started.timeIntervalSince1970
        summary.shards = writers.count
        summary.language = schema.language
        summary.filesSeen = planner!.filesSeen
        summary.unchanged = planner!.unchanged
        summary.stillFailing = planner!.stillFailing
        try merge(outcomes, unchanged: planner!.unchangedTotals, into: &summary)

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

    /// A planner over the loaded file records, which it takes out of
    /// `loaded` (so that it holds the only copy), and the shards' failure records.
    private func makePlanner(_ loaded: ShardOutcomes, writers: [ShardWriter]) throws -> BuildPlanner {
        if let error = loaded.all.compactMap(\.error).first { throw error }
        let records = loaded.all.map(\.records)
        for i in writers.indices { loaded[i] = ShardOutcome() }
        return BuildPlanner(records: records, failures: try writers.map { try $0.failureRecords() })
    }

    private func merge(_ outcomes: [ShardOutcome], unchanged: IndexTotals, into summary: inout BuildSummary) throws {
        if let error = outcomes.compactMap(\.error).first {
            if let xapian = error as? XapianError { throw IndexError.xapian(xapian) }
            throw error
        }
        // A removed file whose content reappears under a new path was renamed.
        var removedByHash: [UInt64: Int] = [:]
        for outcome in outcomes {
            for hash in outcome.removedHashes { removedByHash[hash, default: 0] += 1 }
        }
        var renamed = 0
        for outcome in outcomes {
            for hash in outcome.addedHashes where removedByHash[hash, default: 0] > 0 {
                removedByHash[hash]! -= 1
                renamed += 1
            }
        }
        var totals = unchanged
        for outcome in outcomes { totals.add(outcome.totals) }
        summary.renamed = renamed
        summary.added = outcomes.reduce(0) { $0 + $1.added } - renamed
        summary.removed = outcomes.reduce(0) { $0 + $1.removed } - renamed
        for outcome in outcomes {
            summary.changed += outcome.changed
            summary.touched += outcome.touched
            summary.skipped += outcome.skipped
            summary.passagesWritten += outcome.passagesWritten
        }
        summary.articles = totals.articles
        summary.passages = totals.passages
        summary.captions = totals.captions
        summary.skipped.sort { $0.path < $1.path }
        summary.addFormats(totals, outcomes)  // issue 6: per-format counts, Windows-1252 fallbacks
    }
}
