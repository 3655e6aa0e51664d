/// A story the archive holds more than once: near-duplicate articles (wire
/// copies republished, updated versions, corrections), as `duplicates` lists them.
public struct StoryCluster: Sendable, Equatable {
    /// One article of the story.
    public struct Article: Sendable, Equatable {
        /// The article as search names it: its file's path, or `path:line` in a JSON Lines file.
        public var article: String
        public var path: String
        public var locator: String?
        public var title: String
        public var date: String?
    }

    /// The story's id (`IndexSchema.storySlot`): `s` + 16 hex digits.
    public var id: String
    /// Its articles, by path.
    public var articles: [Article]

    public var size: Int { articles.count }
}
