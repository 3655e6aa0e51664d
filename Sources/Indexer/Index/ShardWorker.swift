import Logging

/// Runs one shard's planned tasks on the calling thread: reads, parses and
/// indexes files, records failures, and commits the last batch.
struct ShardWorker {
    let writer: ShardWriter
    let reader: ArticleFileReader
    let logger: Logger
    let tracker: ProgressTracker
    /// Whether to keep the content hashes of added files, to tell renames.
    let keepsAddedHashes: Bool

    /// Runs the tasks `next` hands out as they come, until it returns nil.
    /// After an error the rest are taken and dropped, so the planner never
    /// waits on this shard's queue.
    func run(_ next: () -> ShardTask?) -> ShardOutcome {
        var outcome = ShardOutcome()
        do {
            while let task = next() { try perform(task, &outcome) }
            try writer.commit()
        } catch {
            outcome.error = error
            while next() != nil {}
        }
        return outcome
    }

    private func perform(_ task: ShardTask, _ outcome: inout ShardOutcome) throws {
        switch task {
        case .index(let entry, let old, let failedBefore):
            try index(entry, old: old, failedBefore: failedBefore, &outcome)
        case .remove(let record):
            try writer.remove(path: record.path)
            outcome.removed += 1
            outcome.removedHashes.append(record.hash)
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
                outcome.totals.add(record)
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
            outcome.totals.add(record)
            if old != nil {
                outcome.changed += 1
            } else {
                outcome.added += 1
                if keepsAddedHashes { outcome.addedHashes.append(record.hash) }
            }
            outcome.passagesWritten += parsed.passageCount
            tracker.fileDone(passages: parsed.passageCount)
        }
    }

    /// Warns once, records the failure, and drops passages the file had before.
    private func fail(_ failure: FailureRecord, old: FileRecord?, _ outcome: inout ShardOutcome) throws {
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
