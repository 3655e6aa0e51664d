/// The match spies behind `--facets`: value counts over the whole match set.
struct FacetSpies {
    let enquire: Enquire
    let kind: Int
    let section: Int
    let credit: Int
    let article: Int

    init(_ enquire: Enquire) throws {
        self.enquire = enquire
        kind = try enquire.addValueCountMatchSpy(slot: IndexSchema.kindSlot)
        section = try enquire.addValueCountMatchSpy(slot: IndexSchema.sectionSlot)
        credit = try enquire.addValueCountMatchSpy(slot: IndexSchema.creditSlot)
        article = try enquire.addValueCountMatchSpy(slot: IndexSchema.pathSlot)
    }

    /// Read after `getMSet`; `titles` looks up an article's title by path.
    func facets(titles: (String) throws -> String?, top: Int = 10) throws -> Facets {
        func counts(_ spy: Int) throws -> [Facets.Count] {
            try enquire.spyTopValues(spy, max: top).filter { !$0.value.isEmpty }
                .map { Facets.Count(value: $0.value, count: $0.count) }
        }
        var facets = Facets(kinds: try counts(kind), sections: try counts(section), credits: try counts(credit),
                            articles: try counts(article).prefix(5).map { $0 })
        for i in facets.articles.indices { facets.articles[i].title = try titles(facets.articles[i].value) }
        return facets
    }
}
