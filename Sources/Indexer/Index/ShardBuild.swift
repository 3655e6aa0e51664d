import Logging

/// One shard's part of a build, run start to finish on the shard's own
/// thread: it opens the shard's database, loads the shard's file records,
/// plans the walked items routed to it, writes them in batches, and meets
/// the coordinator at two rendezvous: after planning (incremental builds,
/// so that the removal guard can see the whole plan before anything is
/// written) and before its last commit (so that every shard commits the
/// build's summary, or none does).
struct ShardBuild: Sendable {
    struct Settings: Sendable {
        var path: String
        var language: String
        var strategy: StemStrategy
        var batchSize: Int
        /// Incremental: load records, plan, wait for the guard. Full: the
        /// shard is new, and each walked file is indexed as it comes.
        var incremental: Bool
        /// Whether to keep the content hashes of added files, to tell renames.
        var keepsAddedHashes: Bool
        /// The files earlier builds stopped while reading, routed to this shard.
        var stoppedOn: [String: ParseJournal.Entry] = [:]
        /// The build's sequence and the first sequences of known passage contents.
        var firstSeen = FirstSeen(sequence: 0)
        /// Whether articles get fingerprints (near-duplicate detection is on).
        var fingerprints = false
    }

    let shard: Int
    let settings: Settings
    let reader: ArticleFileReader
    let logger: Logger
    let tracker: ProgressTracker
    let failpoints: Failpoints
    let cancellation: BuildCancellation?
    let planned: ShardRendezvous<ShardPlanReport, ShardDecision>
    let written: ShardRendezvous<ShardOutcome, ShardDecision>
    /// Orders the shards' last commits.
    let commits: CommitSequence
    /// Where the shard's parse journal lives (nil: none is kept).
    let journalLayout: IndexLayout?

    /// Runs the shard's build; `next` hands out the walked items routed to
    /// it, until nil. The queue is always drained, so the walk never waits
    /// on a shard that failed.
    func run(_ next: () -> CorpusItem?) -> ShardOutcome {
        var outcome = ShardOutcome()
        var writer: ShardWriter?
        var planner = ShardPlanner(records: [:], failures: [:], stoppedOn: settings.stoppedOn)
        var indexedBefore = 0
        let journal = journalLayout.flatMap { ParseJournal($0, shard: shard) }
        do {
            let opened = try ShardWriter(path: settings.path, stem: try Stem(language: settings.language), strategy: settings.strategy,
                                         batchSize: settings.batchSize, failpoints: failpoints, firstSeen: settings.firstSeen,
                                         fingerprints: settings.fingerprints)
            writer = opened
            if settings.incremental {
                let records = try opened.fileRecords()
                indexedBefore = records.count
                planner = ShardPlanner(records: records, failures: try opened.failureRecords(), stoppedOn: settings.stoppedOn)
            }
        } catch {
            outcome.error = error
        }
        defer { writer?.close() }

        var tasks: [ShardTask] = []
        while let item = next() {
            guard let writer, outcome.error == nil, let task = planner.plan(item) else { continue }
            if settings.incremental {
                tasks.append(task)
            } else {
                do { try perform(task, writer, journal, &outcome) } catch { outcome.error = error }
            }
        }
        if settings.incremental {
            tasks += planner.leftovers()
            let report = ShardPlanReport(tasks: tasks, indexedBefore: indexedBefore, error: outcome.error)
            tracker.expect(files: report.added.count + report.changed.count)
            guard case .proceed = planned.arrive(shard, report), let writer, outcome.error == nil else {
                outcome.aborted = outcome.error == nil
                return finish(outcome)
            }
            for task in tasks {
                do { try perform(task, writer, journal, &outcome) } catch { outcome.error = error; break }
            }
        }
        outcome.filesSeen = planner.filesSeen
        outcome.unchanged = planner.unchanged
        outcome.stillFailing = planner.stillFailing
        outcome.totals.add(planner.unchangedTotals)
        if let writer { outcome.stories = writer.stories }

        guard case .commit(var metadata, let firstShard, let stories) = written.arrive(shard, outcome), let writer, outcome.error == nil,
              commits.awaitTurn(shard) else {
            writer?.cancelBatch()
            commits.finished(shard, ok: false)
            return outcome
        }
        if shard == 0 { metadata.merge(firstShard) { $1 } }
        do {
            if shard < stories.count { try writer.assign(stories[shard]) }
            for (key, value) in metadata.sorted(by: { $0.key < $1.key }) { try writer.setMetadata(key, value) }
            try writer.exportSpelling()
            try writer.commitBatch()
            outcome.committed = true
        } catch {
            writer.cancelBatch()
            outcome.error = error
        }
        commits.finished(shard, ok: outcome.committed)
        return outcome
    }

    /// After an abort at the planning rendezvous: the outcome the second
    /// rendezvous still expects.
    private func finish(_ outcome: ShardOutcome) -> ShardOutcome {
        _ = written.arrive(shard, outcome)
        return outcome
    }

    private func perform(_ task: ShardTask, _ writer: ShardWriter, _ journal: ParseJournal?, _ outcome: inout ShardOutcome) throws {
        try cancellation?.check()
        switch task {
        case .index(let entry, let old, _):
            try index(entry, old: old, writer, journal, &outcome)
        case .remove(let record):
            try writer.remove(path: record.path)
            outcome.removed += 1
            outcome.removedHashes.append(record.hash)
        case .fail(let failure, let old):
            try fail(failure, old: old, writer, &outcome)
        case .forgetFailure(let path):
            try writer.clearFailure(path)
        }
    }

    /// Reads and (unless only touched) parses the file with its name in the
    /// parse journal, so that a build killed or hung on it names it to the next.
    private func index(_ entry: CorpusEntry, old: FileRecord?, _ writer: ShardWriter, _ journal: ParseJournal?, _ outcome: inout ShardOutcome) throws {
        let strikes = settings.stoppedOn[entry.relativePath].flatMap { $0.names(entry) ? $0.strikes + 1 : nil } ?? 1
        journal?.begin(entry, strikes: strikes)
        defer { journal?.end() }
        try failpoints.reach(.parse)
        switch reader.read(entry.absolutePath) {
        case .skipped(let reason):
            let failure = FailureRecord(path: entry.relativePath, size: entry.size, mtimeNs: entry.mtimeNs, reason: reason)
            try fail(failure, old: old, writer, &outcome)
            tracker.fileDone(passages: 0)
        case .read(let contents):
            var record = FileRecord(path: entry.relativePath, size: contents.size, mtimeNs: contents.mtimeNs,
                                    hash: contents.hash, passages: 0, captions: 0)
            if let old, old.hash == contents.hash {
                record.passages = old.passages
                record.captions = old.captions
                record.articles = old.articles
                try writer.touch(record)
                outcome.totals.add(record)
                outcome.touched += 1
                tracker.fileDone(passages: 0)
                return
            }
            let parsed = ArticleFormat.parse(contents.input(path: entry.relativePath))
            journal?.end()
            for warning in parsed.warnings { logger.warning("\(entry.relativePath): \(warning)") }
            if parsed.decodedWithFallback { outcome.decodedWithFallback += 1 }
            record.passages = parsed.passageCount
            record.captions = parsed.captionCount
            record.articles = parsed.articles.count
            try writer.index(parsed.articles, record: record)
            outcome.totals.add(record)
            if old != nil {
                outcome.changed += 1
            } else {
                outcome.added += 1
                if settings.keepsAddedHashes { outcome.addedHashes.append(record.hash) }
            }
            outcome.passagesWritten += parsed.passageCount
            tracker.fileDone(passages: parsed.passageCount)
        }
    }

    /// Warns once, records the failure, and drops passages the file had before.
    private func fail(_ failure: FailureRecord, old: FileRecord?, _ writer: ShardWriter, _ outcome: inout ShardOutcome) throws {
        logger.warning("\(failure.path): \(failure.reason)")
        if let old {
            try writer.remove(path: old.path)
            outcome.removed += 1
            outcome.removedHashes.append(old.hash)
        }
        try writer.recordFailure(failure)
        outcome.skipped.append(.init(path: failure.path, tag: failure.tag, reason: failure.reason))
    }
}
