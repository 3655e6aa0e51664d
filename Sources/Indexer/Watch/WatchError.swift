/// Why a watch command could not be carried out; each is one line for a user.
public enum WatchError: Error, CustomStringConvertible, Equatable {
    case badName(String)
    case duplicate(String)
    case notFound(String)
    case badQuery(name: String, message: String)
    case emptyQuery

    public var description: String {
        switch self {
        case .badName(let name):
            return "bad watch name \"\(name)\": use 1 to 40 lower-case letters, digits, - or _, starting with a letter or digit"
        case .duplicate(let name): return "a watch named \(name) already exists (remove it first)"
        case .notFound(let name): return "no watch named \(name) (see `search-cli watch list`)"
        case .badQuery(let name, let message): return "the query of watch \(name) has a syntax error: \(message)"
        case .emptyQuery: return "the watch's query is empty"
        }
    }
}
