import Logging

/// Runs one shard's planned tasks on the calling thread: reads, parses and
/// indexes files, records failures, and commits the last batch.
struct ShardWorker {
    let writer: ShardWriter
    let reader: ArticleFileReader
    let logger: Logger
    let tracker: ProgressTracker

    /// Runs `tasks`; `records` is what the shard held before, kept up to date
    /// in memory so the summary's totals need no second read of the index.
    func run(_ tasks: [ShardTask], records: [String: FileRecord]) -> ShardOutcome {
        var outcome = ShardOutcome()
        outcome.records = records
        do {
            for task in tasks { try perform(task, &outcome) }
            try writer.commit()
        } catch {
            outcome.error = error
        }
        return outcome
    }

    private func perform(_ task: ShardTask, _ outcome: inout ShardOutcome) throws {
        switch task {
        case .index(let entry, let old, let failedBefore):
            try index(entry, old: old, failedBefore: failedBefore, &outcome)
        case .remove(let record):
            try writer.remove(path: record.path)
            outcome.removed.append((record.path, record.hash))
            outcome.records[record.path] = nil
        case .fail(let failure, let old):
            try fail(failure, old: old, &outcome)
        case .forgetFailure(let path):
            try writer.clearFailure(path)
        }
    }

    private func index(_ entry: CorpusEntry, old: FileRecord?, failedBefore: Bool, _ outcome: inout ShardOutcome) throws {
        switch reader.read(entry.absolutePath) {
        case .skipped(let reason):
            let failure = FailureRecord(path: entry.relativePath, size: entry.size, mtimeNs: entry.mtimeNs, reason: reason)
            try fail(failure, old: old, &outcome)
            tracker.fileDone(passages: 0)
        case .read(let contents):
            var record = FileRecord(path: entry.relativePath, size: contents.size, mtimeNs: contents.mtimeNs,
                                    hash: contents.hash, passages: 0, captions: 0)
            if let old, old.hash == contents.hash {
                record.passages = old.passages
                record.captions = old.captions
                try writer.touch(record)
                outcome.records[record.path] = record
                outcome.touched += 1
                tracker.fileDone(passages: 0)
                return
            }
            let parsed = ArticleFormat.parse(contents.input(path: entry.relativePath))
            for warning in parsed.warnings { logger.warning("\(entry.relativePath): \(warning)") }
            if parsed.decodedWithFallback { outcome.decodedWithFallback += 1 }
            record.passages = parsed.passageCount
            record.captions = parsed.captionCount
            record.articles = parsed.articles.count
            try writer.index(parsed.articles, record: record, replacing: old != nil)
            outcome.records[record.path] = record
            if old != nil { outcome.changed += 1 } else { outcome.added.append((record.path, record.hash)) }
            outcome.passagesWritten += parsed.passageCount
            tracker.fileDone(passages: parsed.passageCount)
        }
    }

    /// Warns once, records the failure, and drops passages the file had before.
    private func fail(_ failure: FailureRecord, old: FileRecord?, _ outcome: inout ShardOutcome) throws {
        logger.warning("\(failure.path): \(failure.reason)")
        if let old {
            try writer.remove(path: old.path)
            outcome.removed.append((old.path, old.hash))
            outcome.records[old.path] = nil
        }
        try writer.recordFailure(failure)
        outcome.skipped.append(.init(path: failure.path, tag: failure.tag, reason: failure.reason))
    }
}
