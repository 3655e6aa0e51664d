extension SearchSession {
    /// The places of one page, and what `DuplicateMode` found for them.
    struct Page {
        var places: [Ranked]
        /// By docid: the story cluster of a hit's article, when it has one.
        var stories: [UInt32: String] = [:]
        /// By docid: the copies folded into a head.
        var duplicates: [UInt32: Duplicates] = [:]
        /// The folded ranking's length (an estimate unless it was walked to the end).
        var estimatedTotal: Int?
    }

    /// The deepest a fold fetches the ranking (places of the MSet).
    static let maxFoldDepth = 20_000

    /// How deep to fetch first for a folded page that ends at `need`: twice as
    /// deep, so that a few copies folded need no second fetch.
    func foldDepth(need: Int, feedback: Bool) -> Int {
        min(max(need * 2 + 10, feedback ? ranking.feedbackDepth : 0), max(Self.maxFoldDepth, need))
    }

    /// The request's page of the ranking folded by story (`StoryFold`): walked
    /// from the top (so every page is cut from the same folded ranking, and
    /// `offset` counts folded results), the MSet fetched four times deeper (a new
    /// Enquire from `enquire`, without spies) until the kept places reach the
    /// page's end or the matches end, at most `maxFoldDepth`. `top` is what
    /// feedback reordered of the first MSet's top. The copies of the page's heads
    /// are then counted exactly (`copies`). `shown` counts as shown before the
    /// ranking (`similar`'s source).
    func foldedPage(_ first: MSet, depth: Int, top: [Ranked]?, request: SearchRequest, query: Query,
                    foldsCaptions: Bool, shown: StoryFold.Passage? = nil,
                    enquire: () throws -> Enquire) throws -> Page {
        let need = request.offset + request.limit
        var fold = StoryFold(foldsCaptions: foldsCaptions)
        if let shown { fold.assumeShown(shown) }
        var (mset, depth) = (first, depth)
        var places = ranked(mset, top: top)
        var passages: [StoryFold.Passage] = []
        if let top, let topMSet = top.first?.mset { try topMSet.fetch(0..<topMSet.size) }
        while true {
            while passages.count < places.count, fold.kept.count < need {
                let position = passages.count
                if position % 64 == 0 { try mset.fetch(position..<min(position + 64, mset.size)) }
                let passage = try foldPassage(places[position])
                passages.append(passage)
                fold.add(passage, at: position)
            }
            guard fold.kept.count < need, mset.size == depth, depth < max(Self.maxFoldDepth, need) else { break }
            depth = min(depth * 4, max(Self.maxFoldDepth, need))
            mset = try enquire().getMSet(first: 0, maxItems: depth)
            places = ranked(mset, top: top)
        }
        let shownPositions = Array(fold.kept.dropFirst(request.offset).prefix(request.limit))
        var page = Page(places: shownPositions.map { places[$0] })
        let walkedAll = passages.count == places.count && mset.size < depth
        page.estimatedTotal = walkedAll ? fold.kept.count : max(fold.kept.count, mset.matchesEstimated - fold.folded)
        var heads: [(docid: UInt32, head: StoryFold.Head)] = []
        for (position, place) in zip(shownPositions, page.places) {
            let docid = try place.mset.getDocid(place.index)
            if let cluster = passages[position].cluster { page.stories[docid] = cluster }
            if let head = fold.heads[position] { heads.append((docid, head)) }
        }
        for (head, copies) in zip(heads, try copies(of: heads.map(\.head), query: query)) {
            if let copies { page.duplicates[head.docid] = copies }
        }
        return page
    }

    /// `DuplicateMode.show`: each hit of the page only marked with its story.
    func markedPage(_ places: [Ranked]) throws -> Page {
        var page = Page(places: places)
        if let mset = places.first?.mset, places.allSatisfy({ $0.mset === mset }) {
            try mset.fetch((places.map(\.index).min() ?? 0)..<((places.map(\.index).max() ?? 0) + 1))
        }
        for place in places {
            let story = try place.mset.getValue(place.index, slot: IndexSchema.storySlot)
            if IndexSchema.isStoryCluster(story) { page.stories[try place.mset.getDocid(place.index)] = story }
        }
        return page
    }

    /// The ranking of `mset`, its top replaced by what feedback reordered.
    func ranked(_ mset: MSet, top: [Ranked]?) -> [Ranked] {
        let plain = (0..<mset.size).map { Ranked(mset: mset, index: $0) }
        guard let top else { return plain }
        return top + plain.dropFirst(min(mset.size, ranking.feedbackDepth))
    }

    /// The values folding reads of one place.
    func foldPassage(_ place: Ranked) throws -> StoryFold.Passage {
        let (mset, i) = (place.mset, place.index)
        return StoryFold.Passage(article: try mset.getValue(i, slot: IndexSchema.articleKeySlot),
                                 story: try mset.getValue(i, slot: IndexSchema.storySlot),
                                 captionKey: try mset.getValue(i, slot: IndexSchema.captionKeySlot))
    }
}
