/// What one shard's build changed that story clustering must know: the
/// articles it wrote (with their fingerprints), the files whose old passages
/// it deleted, and the story clusters those old passages belonged to.
struct StoryChanges: Sendable {
    var written: [FingerprintedArticle] = []
    var deletedFiles: Set<String> = []
    var leftClusters: Set<String> = []

    mutating func merge(_ other: StoryChanges) {
        written += other.written
        deletedFiles.formUnion(other.deletedFiles)
        leftClusters.formUnion(other.leftClusters)
    }
}
