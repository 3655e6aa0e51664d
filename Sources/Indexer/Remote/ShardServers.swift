import Foundation
import Logging

/// One `xapian-tcpsrv` per shard of a local index, on consecutive ports
/// (`index serve-shards`). Each serves the shard's stub `XAPIANDB.shard-K`,
/// which a build rewrites with the index's stub, and xapian-tcpsrv opens its
/// database afresh for each connection: new searches see a new generation
/// (an incremental build's commits, a `--full` swap) without a restart. A
/// build that changes the number of shards needs the servers restarted.
///
/// Plain TCP has no authentication nor encryption: for trusted networks only.
public final class ShardServers {
    public struct Served: Sendable {
        public var shard: Int
        public var port: Int
        /// The per-shard stub it serves.
        public var stub: String
    }

    public let layout: IndexLayout
    public private(set) var served: [Served] = []
    private var processes: [ServerProcess] = []
    private let logger: Logger

    public init(index: String, logger: Logger) {
        layout = IndexLayout(root: index)
        self.logger = logger
    }

    deinit { stop() }

    /// Starts the servers: shard k on `firstPort + k`, listening on `interface`
    /// (nil: all). Returns once each says it is listening; throws, with the
    /// others stopped, when one cannot start (its port in use, say).
    @discardableResult
    public func start(executable: String, firstPort: Int, interface: String? = nil,
                      idleTimeout: Double = 60) throws -> [Served] {
        if let why = layout.readProblem { throw IndexError.cannotRead(layout.root, why) }
        guard layout.exists else { throw IndexError.noIndex(layout.root) }
        guard !layout.isFederated else {
            throw IndexError.unusableIndexFolder(layout.root, "it is a federated index; serve the shard machines' own indexes")
        }
        let shards = try layout.liveShards()
        // Indexes built before the per-shard stubs existed get them now.
        try layout.writeShardStubs(shards: shards)
        guard firstPort > 0, firstPort + shards.count - 1 <= 65535 else {
            throw IndexError.refused("ports \(firstPort) to \(firstPort + shards.count - 1) are not all valid TCP ports")
        }
        stop()
        served = []
        do {
            for k in shards.indices {
                let served = Served(shard: k, port: firstPort + k, stub: layout.shardStubPath(k))
                try launch(served, executable: executable, interface: interface, idleTimeout: idleTimeout)
                self.served.append(served)
            }
        } catch {
            stop()
            throw error
        }
        return served
    }

    private func launch(_ served: Served, executable: String, interface: String?, idleTimeout: Double) throws {
        let arguments = ["--port", String(served.port), "--idle-timeout", String(Int(idleTimeout * 1000))]
            + (interface.map { ["--interface", $0] } ?? []) + [served.stub]
        let process = try ServerProcess(executable: executable, arguments: arguments)
        processes.append(process)
        // xapian-tcpsrv prints "Listening..." once bound, or an error and exits.
        let text = process.read(until: "Listening", timeout: 10)
        guard text.contains("Listening"), process.isRunning else {
            let reason = text.split(separator: "\n").last(where: { !$0.hasPrefix("Starting") }).map(String.init) ?? "it exited"
            throw IndexError.io("xapian-tcpsrv for shard \(served.shard) could not listen on port \(served.port): \(reason)")
        }
        logger.debug("serving shard", metadata: ["shard": "\(served.shard)", "port": "\(served.port)"])
    }

    /// Each server's process id, shard by shard; each leads a process group of its
    /// own, with the processes it forks per connection.
    public var processIDs: [Int32] { processes.map(\.pid) }

    /// The shard whose server has exited, if one has.
    public var exitedShard: Int? {
        processes.forEach { $0.drain() }
        return processes.firstIndex { !$0.isRunning }
    }

    /// Stops every server (SIGTERM, SIGKILL if it lingers) and waits for it.
    public func stop() {
        for process in processes { process.stop() }
        processes.removeAll()
    }
}
