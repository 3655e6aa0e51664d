/// One article as story clustering sees it: the file its passages belong to
/// (relative to the corpus) and its key (`IndexSchema.articleKey`), which
/// tells it from the file's other articles.
struct StoryMember: Sendable, Hashable, Comparable {
    var filePath: String
    var articleKey: String

    static func < (a: StoryMember, b: StoryMember) -> Bool { (a.articleKey, a.filePath) < (b.articleKey, b.filePath) }
}

/// An article and its fingerprint, with the story its passages carry now.
struct FingerprintedArticle: Sendable {
    var member: StoryMember
    var fingerprint: Fingerprint
    /// The `storySlot` value stored with the article (its own key when just written).
    var story: String
}
