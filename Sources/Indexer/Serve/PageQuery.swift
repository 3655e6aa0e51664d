/// The search page's URL (`/?q=…&sort=date&group=1&from=…&to=…&offset=20`, or
/// `/?similar=PATH%23N`): the whole state of a search, so a link shares it and
/// the back button returns to it. Checked as the API's parameters are.
public struct PageQuery: Sendable, Equatable {
    public static let parameters: Set<String> = ["q", "sort", "group", "from", "to", "offset", "similar", "fragment"]
    public static let pageSize = 10

    public var text = ""
    public var sort = SearchSort.relevance
    public var group = false
    /// A date range, as `date:FROM..TO` adds to the query (either end open).
    public var from = ""
    public var to = ""
    public var offset = 0
    /// A passage id: the page shows the passages like it.
    public var similar: String?
    /// Only the results, for the page's script to put in place.
    public var fragment = false

    public init() {}

    init(_ query: String?, limits: ServeLimits) throws(APIError) {
        let parameters = try APIQuery(FormQuery.pairs(query), allowed: Self.parameters)
        text = parameters.string("q") ?? ""
        sort = try parameters.choice("sort", default: .relevance)
        group = try parameters.flag("group", default: false)
        from = try Self.date(parameters.string("from"), name: "from")
        to = try Self.date(parameters.string("to"), name: "to")
        offset = try parameters.integer("offset", in: limits.offset, default: 0)
        similar = parameters.string("similar").flatMap { $0.isEmpty ? nil : $0 }
        fragment = try parameters.flag("fragment", default: false)
    }

    /// A day (`2024-04-01`), or nothing.
    private static func date(_ text: String?, name: String) throws(APIError) -> String {
        guard let text, !text.isEmpty else { return "" }
        let digits = text.split(separator: "-", omittingEmptySubsequences: false)
        guard digits.count == 3, digits.map(\.count) == [4, 2, 2], digits.allSatisfy({ $0.allSatisfy(\.isASCII) && Int($0) != nil }) else {
            throw .badRequest("parameter '\(name)' must be a date as YYYY-MM-DD (got '\(APIQuery.shown(text))')")
        }
        return text
    }

    /// Whether there is anything to search.
    public var isEmpty: Bool { similar == nil && text.allSatisfy(\.isWhitespace) }

    /// The query searched: the words typed, and the date range.
    public var searched: String {
        guard !from.isEmpty || !to.isEmpty else { return text }
        return "\(text) date:\(from)..\(to)"
    }

    public var request: SearchRequest {
        var request = SearchRequest(query: searched, limit: Self.pageSize, offset: offset, perArticle: group ? 3 : 2)
        request.sort = sort
        request.facets = !group
        return request
    }

    /// The page's link for this state with some parts changed.
    func link(_ change: (inout PageQuery) -> Void = { _ in }) -> String {
        var next = self
        next.fragment = false
        change(&next)
        var parts: [String] = []
        if let similar = next.similar {
            parts.append("similar=" + HTMLEscape.queryValue(similar))
        } else {
            parts.append("q=" + HTMLEscape.queryValue(next.text))
            if next.sort != .relevance { parts.append("sort=" + next.sort.rawValue) }
            if next.group { parts.append("group=1") }
            if !next.from.isEmpty { parts.append("from=" + next.from) }
            if !next.to.isEmpty { parts.append("to=" + next.to) }
        }
        if next.offset > 0 { parts.append("offset=\(next.offset)") }
        return "/?" + parts.joined(separator: "&")
    }
}
