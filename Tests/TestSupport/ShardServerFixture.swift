import Foundation
import Indexer

/// Real `xapian-tcpsrv` processes on loopback ports, one per shard of a local
/// index (through `ShardServers`, as `index serve-shards` runs them), stopped
/// when this is released.
public final class ShardServerFixture {
    public let servers: ShardServers
    public let remotes: [RemoteShard]

    public static let executable = "/usr/bin/xapian-tcpsrv"
    /// Whether the remote tests can run (scripts/test.sh installs xapian-tools).
    public static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: executable) }

    /// Serves `index`'s shards on consecutive free loopback ports.
    public init(index: String, idleTimeout: Double = 60) throws {
        var lastError: Error?
        for _ in 0..<20 {
            let servers = ShardServers(index: index, logger: Fixtures.quietLogger)
            let base = Int.random(in: 20_000...60_000)
            do {
                let served = try servers.start(executable: Self.executable, firstPort: base, interface: "127.0.0.1",
                                               idleTimeout: idleTimeout)
                self.servers = servers
                remotes = served.map { RemoteShard(host: "127.0.0.1", port: $0.port) }
                return
            } catch {
                lastError = error
            }
        }
        throw lastError!
    }

    public func stop() { servers.stop() }

    /// Sends `signal` to the server of shard `k` and the processes it forked for
    /// its connections (its process group): SIGKILL crashes it mid-connection,
    /// SIGSTOP freezes it (connections are accepted and never answered), SIGCONT thaws it.
    public func signal(_ signal: Int32, shard k: Int = 0) {
        kill(-servers.processIDs[k], signal)
    }

    /// `signal(_:shard:)` to every shard's server.
    public func signalAll(_ signal: Int32) {
        for k in servers.processIDs.indices { self.signal(signal, shard: k) }
    }

    /// Serves `index` again on the ports it had (after `stop` or a SIGKILL).
    public func restart() throws {
        servers.stop()
        try servers.start(executable: Self.executable, firstPort: remotes[0].port, interface: "127.0.0.1")
    }
}
