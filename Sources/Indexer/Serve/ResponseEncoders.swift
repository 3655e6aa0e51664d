/// How each answer becomes its JSON body: the command line's own encoders
/// (`search --json`, `similar --json`, `index status --json`), given by the
/// executable, so the API returns the very objects the CLI prints.
public struct ResponseEncoders: Sendable {
    public var search: @Sendable (SearchResults) throws -> String
    public var grouped: @Sendable (GroupedResults) throws -> String
    public var similar: @Sendable (SimilarResults) throws -> String
    public var status: @Sendable (IndexStatus) throws -> String

    public init(search: @escaping @Sendable (SearchResults) throws -> String,
                grouped: @escaping @Sendable (GroupedResults) throws -> String,
                similar: @escaping @Sendable (SimilarResults) throws -> String,
                status: @escaping @Sendable (IndexStatus) throws -> String) {
        self.search = search
        self.grouped = grouped
        self.similar = similar
        self.status = status
    }
}
