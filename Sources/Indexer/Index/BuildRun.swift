import Foundation
import Logging

/// One run of `IndexBuilder.build`, once the index folder is locked and the
/// live index read: the full and the incremental paths, each prepare → run
/// the shards → summarise → publish.
struct BuildRun {
    let builder: IndexBuilder
    let logger: Logger
    let progress: (@Sendable (BuildProgress) -> Void)?
    let started: Date
    /// The corpus's real path, as recorded in the index.
    let corpus: String
    let schema: IndexBuilder.Schema
    /// This build's sequence and what the live index first saw when.
    let firstSeen: FirstSeen

    private var layout: IndexLayout { builder.layout }
    private var options: BuildOptions { builder.options }
    private var guardPolicy: RemovalGuard { RemovalGuard(maxRemovePercent: options.maxRemovePercent, prune: options.prune) }

    init(builder: IndexBuilder, logger: Logger, progress: (@Sendable (BuildProgress) -> Void)?, started: Date, corpus: String, schema: IndexBuilder.Schema,
         firstSeen: FirstSeen) {
        self.builder = builder
        self.logger = logger
        self.progress = progress
        self.started = started
        self.corpus = corpus
        self.schema = schema
        self.firstSeen = firstSeen
    }

    // MARK: - Incremental

    /// Updates the live shards in place: the shards plan, the guard reads
    /// the whole plan, then they write and commit.
    func incremental(_ live: LiveIndex) throws -> BuildSummary {
        layout.removeStale()
        let failpoints = Failpoints(options.faults)
        let tracker = ProgressTracker(total: 0, report: progress)
        let pool = makePool(paths: live.shards.map(layout.absolute), incremental: true, tracker: tracker, failpoints: failpoints)
        defer { pool.stop() }
        walk(into: pool)
        let reports = pool.plans()
        if let error = reports.compactMap(\.error).first { throw error }
        let indexed = reports.reduce(0) { $0 + $1.indexedBefore }
        let removing = reports.reduce(0) { $0 + $1.removed.count }
        try guardPolicy.check(removing: removing, indexed: indexed, corpus: corpus, recordedCorpus: live.corpus, index: layout.root)
        if options.dryRun {
            let reader = ArticleFileReader(maxFileSize: options.maxFileSize)
            var summary = BuildSummary()
            summary.plan = BuildPlan(reports) { path in
                if case .read(let contents) = reader.read(builder.corpus + "/" + path) { return contents.hash }
                return nil
            }
            return summary
        }
        pool.decidePlans(.proceed)
        let outcomes = pool.outcomes()
        var summary = try summarise(outcomes, full: false, shards: live.shards.count)
        let stories = try clusterStories(outcomes, live: true, shards: live.shards.count, summary: &summary)
        pool.decideOutcomes(.commit(metadata: try metadata(summary, full: false), firstShard: buildTime, stories: stories))
        try checkCommitted(pool.stop())
        ParseJournal.removeJournals(layout, from: 0)
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    // MARK: - Full

    /// Builds a new generation beside the live index, compacts it, and swaps
    /// the stub to it. A brand-new index is built in place instead, and is
    /// searchable (empty, then batch by batch) from its first moment.
    func full(live: LiveIndex?) throws -> BuildSummary {
        let failpoints = Failpoints(options.faults)
        let fresh = live == nil
        let walked = try guardFullRebuild(live)
        if options.dryRun {
            var summary = BuildSummary()
            summary.plan = walked ?? BuildPlan(fullRebuildOf: 0, walked: countFiles(), removed: [])
            return summary
        }

        layout.removeStale()
        layout.clearDamagedStub()
        let generation = layout.nextGeneration()
        try layout.createGeneration(generation)
        let building = layout.buildShardNames(generation: generation, count: schema.shards)
        var published = false
        defer { if !published && !fresh { try? FileManager.default.removeItem(atPath: layout.absolute(generation)) } }
        if fresh { try createEmptyShards(building, failpoints: failpoints) }

        let tracker = ProgressTracker(total: walked?.walked ?? (progress == nil ? 0 : countFiles()), report: progress)
        // Each walked file is indexed as it comes: nothing to plan or guard.
        let pool = makePool(paths: building.map(layout.absolute), incremental: false, tracker: tracker, failpoints: failpoints)
        defer { pool.stop() }
        walk(into: pool)
        let outcomes = pool.outcomes()
        var summary = try summarise(outcomes, full: true, shards: building.count)
        let stories = try clusterStories(outcomes, live: false, shards: building.count, summary: &summary)
        let carried = Dictionary(live?.firstShardCarried ?? [], uniquingKeysWith: { $1 }).merging(buildTime) { $1 }
        pool.decideOutcomes(.commit(metadata: try metadata(summary, full: true), firstShard: carried, stories: stories))
        try checkCommitted(pool.stop())

        // Compact each shard (about half the size, and faster to search),
        // then point the stub at the compacted shards in one rename.
        let compacted = layout.shardNames(generation: generation, count: building.count)
        try options.cancellation?.check()
        try failpoints.reach(.compact)
        try Self.compact(zip(building, compacted).map { (layout.absolute($0), layout.absolute($1)) })
        try failpoints.reach(.stubSwap)
        try layout.writeStub(shards: compacted)
        published = true
        ParseJournal.removeJournals(layout, from: 0)
        do {
            try failpoints.reach(.removeGeneration)
            for path in building { try FileManager.default.removeItem(atPath: layout.absolute(path)) }
            layout.removeStale()
        } catch {
            // The new index is live; what is left is removed by the next build.
            logger.warning("could not remove the previous index files (\(error)); the next build removes them")
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// The removal guard of a full rebuild over a live index: the corpus is
    /// walked once against the recorded paths before anything is written.
    /// Returns the plan (nil for a brand-new index).
    private func guardFullRebuild(_ live: LiveIndex?) throws -> BuildPlan? {
        guard let live else { return nil }
        let recorded = live.isUsable ? (try? live.recordedPaths(layout)) ?? [] : []
        var unseen = recorded
        var walked = 0
        CorpusWalker(root: builder.corpus, followSymlinks: options.followSymlinks).walk { item in
            switch item {
            case .entry(let entry):
                walked += 1
                unseen.remove(entry.relativePath)
            case .skipped(let path, _, _, _):
                unseen.remove(path)
            }
        }
        if !live.isUsable, walked == 0, !options.prune {
            throw IndexError.refused("the corpus folder \(corpus) has no articles to rebuild the damaged index at \(layout.root) from: nothing was changed; to build an empty index, add --prune")
        }
        try guardPolicy.check(removing: unseen.count, indexed: recorded.count, corpus: corpus,
                              recordedCorpus: live.corpus, index: layout.root)
        return BuildPlan(fullRebuildOf: recorded.count, walked: walked, removed: unseen.sorted())
    }

    /// The shards of a brand-new index, empty but for the schema, and the stub.
    private func createEmptyShards(_ shards: [String], failpoints: Failpoints) throws {
        for shard in shards {
            let writer = try ShardWriter(path: layout.absolute(shard), stem: try Stem(language: schema.language), strategy: schema.strategy,
                                         batchSize: options.batchSize, failpoints: failpoints)
            for (key, value) in schemaMetadata(full: true) { try writer.setMetadata(key, value) }
            try writer.commitBatch()
            writer.close()
        }
        try layout.writeStub(shards: shards)
    }

    // MARK: - Shards

    private func makePool(paths: [String], incremental: Bool, tracker: ProgressTracker, failpoints: Failpoints) -> ShardPool {
        let reader = ArticleFileReader(maxFileSize: options.maxFileSize, afterRead: options.afterRead)
        // What earlier builds were reading when they stopped, for the shard each goes to now.
        let router = ShardRouter(shardCount: paths.count)
        var stoppedOn = Array(repeating: [String: ParseJournal.Entry](), count: paths.count)
        for (path, entry) in ParseJournal.read(layout) { stoppedOn[router.shard(for: path)][path] = entry }
        return ShardPool(shards: paths.count) { shard, planned, written, commits in
            ShardBuild(shard: shard,
                       settings: .init(path: paths[shard], language: schema.language, strategy: schema.strategy,
                                       batchSize: options.batchSize, incremental: incremental, keepsAddedHashes: incremental,
                                       stoppedOn: stoppedOn[shard], firstSeen: firstSeen,
                                       fingerprints: schema.duplicates.fingerprints),
                       reader: reader, logger: logger, tracker: tracker, failpoints: failpoints,
                       cancellation: options.cancellation, planned: planned, written: written, commits: commits,
                       journalLayout: options.dryRun ? nil : layout)
        }
    }

    /// Walks the corpus into the shards' queues, by a hash of each path, in chunks.
    private func walk(into pool: ShardPool) {
        let router = ShardRouter(shardCount: schema.shards)
        var chunks = Array(repeating: [CorpusItem](), count: schema.shards)
        CorpusWalker(root: builder.corpus, followSymlinks: options.followSymlinks).walk { item in
            let shard: Int
            switch item {
            case .entry(let entry): shard = router.shard(for: entry.relativePath)
            case .skipped(let path, _, _, _): shard = router.shard(for: path)
            }
            chunks[shard].append(item)
            if chunks[shard].count == ShardPool.chunkSize {
                pool.push(chunks[shard], to: shard)
                chunks[shard].removeAll(keepingCapacity: true)
            }
        }
        for (shard, chunk) in chunks.enumerated() where !chunk.isEmpty { pool.push(chunk, to: shard) }
        pool.endOfWalk()
    }

    /// The article files of the corpus, for a progress bar that needs its total first.
    private func countFiles() -> Int {
        var count = 0
        CorpusWalker(root: builder.corpus, followSymlinks: options.followSymlinks).walk { if case .entry = $0 { count += 1 } }
        return count
    }

    private func checkCommitted(_ outcomes: [ShardOutcome]) throws {
        if let error = outcomes.compactMap(\.error).first { throw error }
    }

    // MARK: - Stories

    /// The stories the shards write with their last commit: the build's
    /// articles clustered with the rest of the archive (the committed index,
    /// when `live`). Nothing to do when no article was written or deleted,
    /// unless the threshold changed.
    /// `summary` gets how many articles change story. The outcomes hold no
    /// error: `summarise` threw it.
    private func clusterStories(_ outcomes: [ShardOutcome], live: Bool, shards: Int,
                                summary: inout BuildSummary) throws -> [[StoryAssignment]] {
        var changes = StoryChanges()
        for outcome in outcomes { changes.merge(outcome.stories) }
        let everything = live && schema.liveDuplicates != schema.duplicates
        guard everything || !changes.written.isEmpty || !changes.leftClusters.isEmpty else { return [] }
        let started = Date()
        let clustering = StoryClustering(threshold: schema.duplicates, router: ShardRouter(shardCount: shards))
        let stories = try clustering.assignments(changes, live: live ? try Database(path: layout.root) : nil, everything: everything)
        summary.storyChanges = stories.reduce(0) { $0 + $1.count }
        logger.debug("stories: \(summary.storyChanges ?? 0) articles change story (\(changes.written.count) fingerprinted articles written), \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        return stories
    }

    // MARK: - Summary

    private func summarise(_ outcomes: [ShardOutcome], full: Bool, shards: Int) throws -> BuildSummary {
        if let error = outcomes.compactMap(\.error).first { throw error }
        var summary = BuildSummary()
        summary.full = full
        summary.corpus = corpus
        summary.startedAt = started.timeIntervalSince1970
        summary.shards = shards
        summary.language = schema.language
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
        var totals = IndexTotals()
        for outcome in outcomes { totals.add(outcome.totals) }
        summary.renamed = renamed
        summary.added = outcomes.reduce(0) { $0 + $1.added } - renamed
        summary.removed = outcomes.reduce(0) { $0 + $1.removed } - renamed
        for outcome in outcomes {
            summary.filesSeen += outcome.filesSeen
            summary.unchanged += outcome.unchanged
            summary.stillFailing += outcome.stillFailing
            summary.changed += outcome.changed
            summary.touched += outcome.touched
            summary.skipped += outcome.skipped
            summary.passagesWritten += outcome.passagesWritten
        }
        summary.articles = totals.articles
        summary.passages = totals.passages
        summary.captions = totals.captions
        summary.skipped.sort { $0.path < $1.path }
        summary.addFormats(totals, outcomes)
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// What every shard commits with its last batch: the schema, the
    /// synonyms, and the summary of this build.
    private func metadata(_ summary: BuildSummary, full: Bool) throws -> [String: String] {
        var metadata = schemaMetadata(full: full)
        metadata[IndexSchema.buildSequenceKey] = String(firstSeen.sequence)
        metadata[IndexSchema.lastBuildKey] = String(decoding: try JSONEncoder().encode(summary), as: UTF8.self)
        return metadata
    }

    /// When this build started, under its sequence (first shard only).
    private var buildTime: [String: String] {
        [IndexSchema.buildTimeKey(sequence: firstSeen.sequence): String(started.timeIntervalSince1970)]
    }

    private func schemaMetadata(full: Bool) -> [String: String] {
        var metadata = [
            IndexSchema.schemaVersionKey: IndexSchema.version,
            IndexSchema.languageKey: schema.language,
            IndexSchema.stemStrategyKey: schema.strategy.rawValue,
            IndexSchema.shardCountKey: String(schema.shards),
            IndexSchema.dupThresholdKey: schema.duplicates.description,
        ]
        if let synonyms = options.synonyms ?? (full ? schema.synonyms : nil) {
            metadata[IndexSchema.synonymsKey] = synonyms.encoded
        }
        return metadata
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
        if let error = errors.all.compactMap(\.error).first { throw error }
    }
}
