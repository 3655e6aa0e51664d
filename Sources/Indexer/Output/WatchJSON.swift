/// One watch's report in `watch check --json`, one object a line
/// (`schemas/watch.schema.json`).
public struct WatchJSON: Encodable, Sendable {
    public var formatVersion = JSONOutput.formatVersion
    public var name: String
    public var query: String
    /// How many passages are new.
    public var new: Int
    /// The build sequences reported: after `since`, through `through`.
    public var since: Int
    public var through: Int
    /// The new passages, as in `search --json`.
    public var results: [ResultJSON]
    public var syntaxError: String?

    public init(_ report: WatchReport, corpus: String?) {
        name = report.watch.name
        query = report.watch.query
        new = report.results.hits.count
        since = report.since
        through = report.through
        results = report.results.hits.map { ResultJSON($0, corpus: corpus) }
        syntaxError = report.results.syntaxError
    }

    public func encoded() throws -> String { try JSONOutput.encode(self) }
}
