/// One thing `CorpusWalker` found: a candidate article file, or a path it
/// refused (symlink, FIFO, unlistable folder...) with why.
public enum CorpusItem: Sendable {
    case entry(CorpusEntry)
    case skipped(path: String, reason: SkipReason, size: Int64, mtimeNs: Int64)
}
