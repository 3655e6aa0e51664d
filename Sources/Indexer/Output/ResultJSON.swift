/// One ranked passage in JSON (`$defs/result` of `schemas/search.schema.json`).
public struct ResultJSON: Encodable, Sendable {
    public var rank: Int
    public var percent: Int
    public var score: Double
    /// `path#N`, or `path:line#N` for an article of a JSON Lines file.
    public var id: String
    /// The file, relative to the corpus folder.
    public var path: String
    /// The file on disk (absent when the index does not record its corpus).
    public var absolutePath: String?
    /// The line of a JSON Lines file that holds the article.
    public var line: Int?
    public var title: String
    public var passage: Int
    public var kind: String
    public var section: String?
    public var credit: String?
    public var text: String
    /// The snippet with matches in <b>…</b>, HTML-escaped.
    public var snippet: String
    /// The snippet as plain text.
    public var snippetText: String
    /// The words of the snippet that matched, in order.
    public var matches: [String]
    /// The title with its matches in <b>…</b>, HTML-escaped, when the passage
    /// matched only through its article's title.
    public var titleSnippet: String?
    /// With --explain: each matching term's share of the score.
    public var explanation: [TermContribution]?
    public var date: String?
    public var byline: String?
    public var place: String?
    public var url: String?
    public var format: String?
    /// The story cluster of the passage's article, when it has near-duplicates.
    public var story: String?
    /// The matching copies folded into this result (`--duplicates collapse`).
    public var duplicates: Duplicates?

    public init(_ hit: SearchHit, corpus: String?) {
        let p = hit.passage
        rank = hit.rank
        percent = hit.percent
        score = hit.score
        id = p.id
        path = p.path
        absolutePath = JSONOutput.absolutePath(corpus: corpus, path: p.path)
        line = p.locator.flatMap { Int($0) }
        title = p.title
        passage = p.number
        kind = p.kind.rawValue
        section = p.section
        credit = p.credit
        text = p.text
        snippet = Self.html(hit.snippet)
        snippetText = hit.snippet.text
        matches = hit.snippet.matches
        titleSnippet = hit.titleSnippet.map(Self.html)
        explanation = hit.explanation
        date = p.date
        byline = p.byline
        place = p.place
        url = p.url
        format = p.format?.rawValue
        story = hit.story
        duplicates = hit.duplicates
    }

    /// The fragments HTML-escaped, matches in <b>…</b>.
    static func html(_ snippet: Snippet) -> String {
        snippet.fragments.map { $0.isMatch ? "<b>\(HTMLEscape.escape($0.text))</b>" : HTMLEscape.escape($0.text) }.joined()
    }
}
