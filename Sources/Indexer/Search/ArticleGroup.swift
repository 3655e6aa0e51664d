/// `--group`: one article, ranked by its best passage, with its best passages;
/// with `DuplicateMode.collapse`, one story: its best article, and its other
/// matching copies in `duplicates`.
/// An article is a file, or one article of a file that holds several (a line
/// of a JSON Lines file): `id` tells them apart, `path` is the file's.
public struct ArticleGroup: Sendable {
    public var rank: Int
    /// The article's own id: `path`, or `path:locator` (`feed.jsonl:12`).
    public var id: String
    public var path: String
    /// Which article of a multi-article file (a JSON Lines line number), else nil.
    public var locator: String?
    public var title: String
    public var hits: [SearchHit]
    /// The story cluster of the article, when it has near-duplicates.
    public var story: String?
    /// The other copies of the story that match (their best passages).
    public var duplicates: Duplicates?
}

/// The answer to a grouped search: a page of articles.
public struct GroupedResults: Sendable {
    public var query: String
    /// The number of matching stories, or of articles with `DuplicateMode.show`
    /// (counted exactly, unless counting stopped: see `notes`).
    public var estimatedArticles: Int
    public var groups: [ArticleGroup]
    public var syntaxError: String?
    public var suggestion: String?
    public var searchedQuery: String?
    /// With `facets`: counts over every matching passage.
    public var facets: Facets?
    /// The corpus folder the index was built from (absolute), when known.
    public var corpus: String?
    public var tookMicroseconds: Int
    /// What `QueryLimits` changed, one line each.
    public var notes: [QueryNote] = []
    /// A front index's remote shards that did not answer: the groups are the other shards' (`allowPartial`).
    public var missingShards: [MissingShard] = []
}
