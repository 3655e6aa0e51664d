extension SearchAPI {
    /// `GET /?q=…`: the search page with its results rendered (or, with
    /// `fragment=1`, the results alone), and its HTTP status.
    public func page(_ query: String?) async -> (html: String, status: Int) {
        let page: PageQuery
        do {
            page = try PageQuery(query, limits: limits)
        } catch {
            return (SearchPage.html(query: PageQuery(), results: .failed(error)), error.status)
        }
        let results = await pageResults(page)
        var status = 200
        if case .failed(let error) = results { status = error.status }
        let html = page.fragment ? ResultsHTML(query: page, results: results).html : SearchPage.html(query: page, results: results)
        return (html, status)
    }

    private func pageResults(_ page: PageQuery) async -> PageResults {
        guard !page.isEmpty else { return .none }
        do {
            if let id = page.similar {
                let request = SearchRequest(query: id, limit: PageQuery.pageSize)
                return .similar(try await pool.run { searcher in try searcher.similar(to: id, request: request) })
            }
            let request = page.request
            if page.group { return .articles(try await pool.run { searcher in try searcher.searchGrouped(request) }) }
            return .passages(try await pool.run { searcher in try searcher.search(request) })
        } catch {
            return .failed(APIError.from(error))
        }
    }
}
