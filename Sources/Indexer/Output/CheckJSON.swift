/// The `index check --json` object (`schemas/check.schema.json`): what
/// `IndexCheck` found, and the command that repairs a damaged index.
public struct CheckJSON: Encodable, Sendable {
    public var formatVersion = JSONOutput.formatVersion
    public var index: String
    public var damaged: Bool
    public var shards: [String]
    public var documents: Int
    public var problems: [IndexProblem]
    public var corpus: String?
    public var full: Bool
    /// Only when damaged: the command that rebuilds the index.
    public var repairCommand: String?

    public init(_ r: IndexCheckReport) {
        index = r.index
        damaged = r.isDamaged
        shards = r.shards
        documents = r.documents
        problems = r.problems
        corpus = r.corpus
        full = r.full
        repairCommand = r.isDamaged ? r.repairCommand : nil
    }
}
