import Foundation

extension SearchSession {
    /// Exactly how many passages, articles and stories match the request's query (as
    /// searched: synonyms and spelling correction included; no per-article limit).
    func count(_ request: SearchRequest) throws -> MatchCount {
        let parsed = try parse(request)
        let enquire = try Enquire(database)
        try enquire.setQuery(parsed.query)
        let groups = try GroupSpy(enquire, byStory: true)
        try enquire.setTimeLimit(limits.timeLimit)
        let all = try database.getDoccount()
        let started = DispatchTime.now().uptimeNanoseconds
        let mset = try enquire.getMSet(first: 0, maxItems: 0, checkAtLeast: all)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        var count = MatchCount(passages: mset.matchesEstimated, articles: try enquire.spyDistinctValues(groups.article),
                               notes: parsed.notes + [countingNote(seconds: seconds, checkAtLeast: all)].compactMap { $0 })
        count.stories = try groups.count()
        return count
    }
}
