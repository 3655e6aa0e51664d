/// A `--batch` line for a query that could not be run (`$defs/error` of
/// `schemas/batch.schema.json`).
public struct BatchErrorJSON: Encodable, Sendable {
    public var formatVersion = JSONOutput.formatVersion
    public var query: String
    public var error: String

    public init(query: String, error: String) {
        self.query = query
        self.error = error
    }
}
