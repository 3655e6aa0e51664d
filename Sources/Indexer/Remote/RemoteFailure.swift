/// Which remote shard a Xapian error came from, for the one line a user sees.
enum RemoteFailure {
    /// The `HOST:PORT` Xapian names in the error's context (`remote:tcp(HOST:PORT)`),
    /// else the shards of `layout` joined, and the reason without that context.
    static func describe(_ error: XapianError, layout: IndexLayout) -> SearchError {
        let message = error.message
        var shard = layout.remoteShards().map(\.description).joined(separator: " or ")
        var reason = message
        if let start = message.range(of: "remote:tcp(") {
            let rest = message[start.upperBound...]
            if let end = rest.firstIndex(of: ")") { shard = String(rest[..<end]) }
            if let context = message.range(of: " (context: ") { reason = String(message[..<context.lowerBound]) }
        }
        if reason.hasPrefix("REMOTE:") { reason.removeFirst("REMOTE:".count) }
        return .remoteShardDown(shard: shard.isEmpty ? "remote" : shard, reason: "\(error.type): \(reason)")
    }
}
