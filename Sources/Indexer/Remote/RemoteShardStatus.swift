/// A front index's remote shard as `index status` shows it: whether it
/// answers, and how many documents (passages) it holds.
public struct RemoteShardStatus: Sendable, Codable, Equatable {
    /// `HOST:PORT`, or the command line of a shard reached through a program.
    public var shard: String
    public var answers: Bool
    public var documents: Int?
    /// Why it does not answer.
    public var reason: String?

    /// Connects to the shard `entry` names and counts its documents.
    static func probe(_ entry: StubEntry, options: RemoteShardOptions) -> RemoteShardStatus {
        do {
            let database = try FrontDatabases.open(entry, options: options)
            return RemoteShardStatus(shard: entry.shardName, answers: true, documents: try database.getDoccount())
        } catch let error as XapianError {
            return RemoteShardStatus(shard: entry.shardName, answers: false, reason: FrontDatabases.reason(error))
        } catch {
            return RemoteShardStatus(shard: entry.shardName, answers: false, reason: "\(error)")
        }
    }
}
