/// The match spies behind `--facets`: value counts over the whole match set.
struct FacetSpies {
    let enquire: Enquire
    let kind: Int
    let section: Int
    let credit: Int
    let article: Int
    let story: Int

    init(_ enquire: Enquire) throws {
        self.enquire = enquire
        kind = try enquire.addValueCountMatchSpy(slot: IndexSchema.kindSlot)
        section = try enquire.addValueCountMatchSpy(slot: IndexSchema.sectionSlot)
        credit = try enquire.addValueCountMatchSpy(slot: IndexSchema.creditSlot)
        // By article, not by file: a JSON Lines file holds many.
        article = try enquire.addValueCountMatchSpy(slot: IndexSchema.articleKeySlot)
        story = try enquire.addValueCountMatchSpy(slot: IndexSchema.storySlot)
    }

    /// Read after `getMSet`; `article` finds a passage of an article by its collapse key.
    func facets(article find: (String) throws -> StoredPassage?, top: Int = 10) throws -> Facets {
        func counts(_ spy: Int) throws -> [Facets.Count] {
            try enquire.spyTopValues(spy, max: top).filter { !$0.value.isEmpty }
                .map { Facets.Count(value: $0.value, count: $0.count) }
        }
        var facets = Facets(kinds: try counts(kind), sections: try counts(section), credits: try counts(credit))
        let articles = try enquire.spyDistinctValues(article), stories = try enquire.spyDistinctValues(story)
        // An index built before stories has no story values: each article is its own.
        facets.totals = Facets.Totals(articles: articles, stories: stories > 0 ? stories : articles)
        for count in try counts(article).prefix(5) {
            guard let passage = try find(count.value) else { continue }
            facets.articles.append(Facets.Count(value: IndexSchema.articlePath(passage.path, locator: passage.locator),
                                                count: count.count, title: passage.title))
        }
        return facets
    }
}
