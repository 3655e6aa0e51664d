/// A shard of a front index that did not answer when the search opened it.
public struct MissingShard: Sendable, Equatable, Codable, CustomStringConvertible {
    /// `HOST:PORT`, or the program's command line (`ssh host-a xapian-progsrv /srv/idx-a/XAPIANDB.shard-0`).
    public var shard: String
    /// Xapian's reason (`NetworkError: Couldn't connect: Connection refused`).
    public var reason: String

    public var description: String { "the remote shard \(shard) does not answer (\(reason))" }
}
