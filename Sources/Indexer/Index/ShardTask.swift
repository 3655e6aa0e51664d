/// One unit of work for a shard's writer, planned by `IndexBuilder`.
enum ShardTask: Sendable {
    /// Read and index a file that is new, changed, or failed before and changed since.
    case index(CorpusEntry, old: FileRecord?, failedBefore: Bool)
    /// The file is gone from the corpus.
    case remove(FileRecord)
    /// The walker refused it (symlink, FIFO, ...): remember why.
    case fail(FailureRecord, old: FileRecord?)
    /// A failure record whose file is gone.
    case forgetFailure(String)
}
