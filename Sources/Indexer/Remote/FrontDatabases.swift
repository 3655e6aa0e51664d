/// The databases of a front index's stub (`index federate`), opened one by one
/// rather than through the stub, in the stub's order: Xapian's stub fails as a
/// whole when one remote does not answer, and says which only in its message.
/// With `allowPartial`, the shards that answer make the database and the others
/// are `missing`; without, the first that does not answer is the error.
struct FrontDatabases {
    /// Every database that opened, as one (`Database::add_database`).
    let combined: Database
    /// Each remote shard that opened, with its own database (for its metadata).
    let remotes: [(entry: StubEntry, database: Database)]
    let missing: [MissingShard]

    init(_ layout: IndexLayout, options: RemoteShardOptions) throws {
        var opened: [Database] = []
        var remotes: [(entry: StubEntry, database: Database)] = []
        var missing: [MissingShard] = []
        for entry in try layout.stubEntries() {
            switch entry {
            case .local(let path):
                opened.append(try Database(path: layout.absolute(path)))
            case .remote, .program:
                do {
                    let database = try Self.open(entry, options: options)
                    opened.append(database)
                    remotes.append((entry, database))
                } catch let error as XapianError where error.kind == .networkError {
                    let shard = MissingShard(shard: entry.shardName, reason: Self.reason(error))
                    guard options.allowPartial else { throw SearchError.remoteShardDown(shard: shard.shard, reason: shard.reason) }
                    missing.append(shard)
                }
            }
        }
        if remotes.isEmpty, let first = missing.first {
            throw SearchError.remoteShardDown(shard: first.shard, reason: first.reason + "; no remote shard answers")
        }
        combined = try Database(combining: opened)
        self.remotes = remotes
        self.missing = missing
    }

    static func open(_ entry: StubEntry, options: RemoteShardOptions) throws -> Database {
        switch entry {
        case .remote(let shard):
            return try Database(remoteHost: shard.host, port: shard.port, timeout: options.timeout,
                                connectTimeout: options.connectTimeout)
        case .program(let command):
            let words = command.dropFirst().split(separator: " ", maxSplits: 1)
            return try Database(program: words.first.map(String.init) ?? "", arguments: words.count > 1 ? String(words[1]) : "",
                                timeout: options.timeout)
        case .local(let path):
            return try Database(path: path)
        }
    }

    /// Xapian's message without its context (`remote:tcp(...)`), after its class.
    static func reason(_ error: XapianError) -> String {
        var reason = error.message
        // The shim appends Xapian's context, " (remote:tcp(HOST:PORT))": the shard is named apart.
        if let context = reason.range(of: " (remote:"), let end = reason[context.upperBound...].range(of: "))") {
            reason.removeSubrange(context.lowerBound..<end.upperBound)
        }
        if reason.hasPrefix("REMOTE:") { reason.removeFirst("REMOTE:".count) }
        return "\(error.type): \(reason)"
    }
}
