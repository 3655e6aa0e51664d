/// Folds a ranking by story (issue 15), on the client: Xapian collapses on one
/// key per Enquire, and that key is the article's (`--per-article`). Walking
/// the ranking best first, a passage is kept unless
/// - its article is one of a story cluster that another article already showed
///   (the story shows once, as its best article), or
/// - it is a caption of an article with no near-duplicates, and another article
///   already showed the same caption (`IndexSchema.captionKeySlot`).
/// The passages of one article keep what `--per-article` left of them.
/// The first kept passage of a story or a caption is its head: where the
/// copies folded into it are counted (`SearchSession.copies`). No Xapian here.
struct StoryFold {
    /// What folding reads of one ranked passage (its values).
    struct Passage: Equatable, Sendable {
        /// `articleKeySlot`.
        var article: String
        /// `storySlot`: a cluster id, or the article's own key (empty in an
        /// index built before clusters: then the article's key).
        var story: String
        /// `captionKeySlot`, for a caption.
        var captionKey: String?

        init(article: String, story: String, captionKey: String?) {
            self.article = article
            self.story = story.isEmpty ? article : story
            self.captionKey = captionKey.flatMap { $0.isEmpty ? nil : $0 }
        }

        /// The cluster id, when the article has near-duplicates.
        var cluster: String? { IndexSchema.isStoryCluster(story) ? story : nil }
    }

    /// The first kept passage of a story cluster, of a caption, or of both.
    struct Head: Equatable, Sendable {
        var article: String
        /// The cluster it heads.
        var story: String?
        /// The caption it heads (its key).
        var captionKey: String?
    }

    /// Whether captions fold (not within `--group`, whose groups are articles or stories).
    var foldsCaptions = true
    /// The positions kept, in ranking order.
    private(set) var kept: [Int] = []
    /// The head at each kept position that is one.
    private(set) var heads: [Int: Head] = [:]
    /// How many passages were folded into a head.
    private(set) var folded = 0
    private var storyShownBy: [String: String] = [:]
    private var captionShownBy: [String: String] = [:]

    init(foldsCaptions: Bool = true) { self.foldsCaptions = foldsCaptions }

    /// Walks one more passage, at `position` of the ranking; returns whether it is kept.
    @discardableResult
    mutating func add(_ passage: Passage, at position: Int) -> Bool {
        var head = Head(article: passage.article)
        if let cluster = passage.cluster {
            if let shownBy = storyShownBy[cluster] {
                guard shownBy == passage.article else { return fold() }
            } else {
                storyShownBy[cluster] = passage.article
                head.story = cluster
            }
        } else if foldsCaptions, let key = passage.captionKey, let shownBy = captionShownBy[key], shownBy != passage.article {
            return fold()
        }
        if foldsCaptions, let key = passage.captionKey, captionShownBy[key] == nil {
            captionShownBy[key] = passage.article
            head.captionKey = key
        }
        if head.story != nil || head.captionKey != nil { heads[position] = head }
        kept.append(position)
        return true
    }

    /// Counts `passage` as shown before the ranking (`similar`'s source): the
    /// other copies of its story, and of its caption, fold.
    mutating func assumeShown(_ passage: Passage) {
        if let cluster = passage.cluster, storyShownBy[cluster] == nil { storyShownBy[cluster] = passage.article }
        if foldsCaptions, let key = passage.captionKey, captionShownBy[key] == nil { captionShownBy[key] = passage.article }
    }

    private mutating func fold() -> Bool {
        folded += 1
        return false
    }
}
