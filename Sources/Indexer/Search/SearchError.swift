/// Errors a search reports to its user.
public enum SearchError: Error, Sendable, CustomStringConvertible {
    case emptyQuery
    /// The query (or passage id) is longer than `QueryLimits.maxBytes`.
    case queryTooLong(bytes: Int, limit: Int)
    case noIndex(String)
    /// The index is there but this user may not read it.
    case cannotRead(String, String)
    case noSuchPassage(String)
    /// A date filter (`date:`, `after:`, `before:`) that is not a real date: what is wrong.
    case badDate(String)
    /// The index was written by another version of the schema.
    case outdatedIndex(String)
    /// The index is damaged (a file truncated or overwritten, a shard gone, a bad stub).
    case damaged(IndexDamage)
    /// A remote shard of a federated index does not answer (`shard` is HOST:PORT).
    case remoteShardDown(shard: String, reason: String)
    case xapian(XapianError)

    public var description: String {
        switch self {
        case .emptyQuery: return "the query is empty; give words to search for"
        case .queryTooLong(let bytes, let limit):
            return "the query is \(Digits.grouped(bytes)) bytes long; the limit is \(Digits.grouped(limit)) bytes"
        case .noIndex(let path): return IndexError.noIndex(path).description
        case .cannotRead(let path, let why): return IndexError.cannotRead(path, why).description
        case .outdatedIndex(let path):
            return "the index at \(path) was built by another version of search-cli; rebuild it with: search-cli index build <corpus> --index \(path)"
        case .badDate(let problem): return problem
        case .noSuchPassage(let id): return "no passage \(id) in the index (give it as path#number, as search prints it)"
        case .damaged(let damage): return damage.searchMessage
        case .remoteShardDown(let shard, let reason):
            return "the remote shard \(shard) does not answer (\(reason)); start its server (search-cli index serve-shards on that machine) and search again"
        case .xapian(let error): return error.description
        }
    }
}
