/// Reads the story clusters of an index: one passage of each article whose
/// story is a cluster (`storySlot` values from `s`), found by a value range
/// collapsed by article, so it works on remote shards as on local ones.
/// Used by one thread at a time.
struct DuplicateReport {
    let database: Database

    /// The clusters of at least `minSize` articles, largest first (then by id).
    func clusters(minSize: Int) throws -> [StoryCluster] {
        let enquire = try Enquire(database)
        // Cluster ids start with `s`; article keys are hex digits.
        try enquire.setQuery(try Query(slot: IndexSchema.storySlot, from: "s", to: "s\u{7f}"))
        try enquire.setCollapseKey(IndexSchema.articleKeySlot, max: 1)
        let mset = try enquire.getMSet(first: 0, maxItems: max(1, try database.getDoccount()))
        var byStory: [String: [StoryCluster.Article]] = [:]
        for i in 0..<mset.size {
            guard let passage = StoredPassage(decoding: try mset.getDocumentData(i)) else { continue }
            let article = StoryCluster.Article(article: IndexSchema.articlePath(passage.path, locator: passage.locator), path: passage.path,
                                               locator: passage.locator, title: passage.title, date: passage.date)
            byStory[try mset.getValue(i, slot: IndexSchema.storySlot), default: []].append(article)
        }
        return byStory.filter { $0.value.count >= max(2, minSize) }
            .map { StoryCluster(id: $0.key, articles: $0.value.sorted { $0.article < $1.article }) }
            .sorted { ($0.size, $1.id) > ($1.size, $0.id) }
    }
}
