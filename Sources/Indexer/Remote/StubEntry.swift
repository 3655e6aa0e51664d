/// One database a stub file lists: a local shard folder (relative to the
/// index folder) or a remote shard.
public enum StubEntry: Sendable, Hashable {
    case local(String)
    case remote(RemoteShard)
    /// `remote :PROGRAM ARGS`: a shard reached through a program, such as
    /// `ssh host xapian-progsrv DIR` (Xapian's ssh transport).
    case program(String)

    /// The entry of a stub line (`glass gen-1/shard-0`, `remote host:33330`), or nil.
    init?(line: Substring) {
        let words = line.split(whereSeparator: \.isWhitespace)
        if words.count >= 2, words[0] == "remote", words[1].hasPrefix(":"), words[1].count > 1 {
            self = .program(words[1...].joined(separator: " "))
            return
        }
        guard words.count == 2 else { return nil }
        switch words[0] {
        case "glass", "auto": self = .local(String(words[1]))
        case "remote": guard let shard = RemoteShard(parsing: String(words[1])) else { return nil }; self = .remote(shard)
        default: return nil
        }
    }

    /// How a user names it: `HOST:PORT`, the program's command line, or the local path.
    public var shardName: String {
        switch self {
        case .local(let path): return path
        case .remote(let shard): return shard.description
        case .program(let command): return String(command.dropFirst())
        }
    }

    var stubLine: String {
        switch self {
        case .local(let path): return "glass \(path)"
        case .remote(let shard): return shard.stubLine
        case .program(let command): return "remote \(command)"
        }
    }
}
