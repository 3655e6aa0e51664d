/// One candidate article file found by `CorpusWalker`, identified by its path
/// relative to the corpus root, with what `lstat`/`stat` said about it.
public struct CorpusEntry: Sendable, Equatable {
    public var relativePath: String
    public var absolutePath: String
    public var size: Int64
    /// Modification time in nanoseconds since the epoch.
    public var mtimeNs: Int64

    public init(relativePath: String, absolutePath: String, size: Int64, mtimeNs: Int64) {
        self.relativePath = relativePath
        self.absolutePath = absolutePath
        self.size = size
        self.mtimeNs = mtimeNs
    }
}
