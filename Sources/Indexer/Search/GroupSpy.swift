/// `--group`'s exact count over the whole match set: its distinct stories
/// (`IndexSchema.storySlot`, a cluster's id or an article's own key), or its
/// distinct articles when copies are shown apart.
struct GroupSpy {
    let enquire: Enquire
    let article: Int
    let story: Int?

    init(_ enquire: Enquire, byStory: Bool) throws {
        self.enquire = enquire
        article = try enquire.addValueCountMatchSpy(slot: IndexSchema.articleKeySlot)
        story = byStory ? try enquire.addValueCountMatchSpy(slot: IndexSchema.storySlot) : nil
    }

    /// Read after `getMSet`. An index built before stories has no story values: then articles.
    func count() throws -> Int {
        let articles = try enquire.spyDistinctValues(article)
        guard let story else { return articles }
        let stories = try enquire.spyDistinctValues(story)
        return stories > 0 ? stories : articles
    }
}
