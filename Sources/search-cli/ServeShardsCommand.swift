import ArgumentParser
import Dispatch
import Foundation
import Indexer

struct ServeShardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve-shards",
        abstract: "Serve each shard of this machine's index with xapian-tcpsrv, for `index federate` elsewhere.",
        discussion: """
        Shard K listens on --port + K; each is printed as HOST:PORT, one a line, once listening. \
        New searches see each build's commits and --full swaps without a restart (a build that \
        changes the number of shards needs one). Runs until SIGINT or SIGTERM, which stop the servers.

        Plain TCP, unauthenticated and unencrypted: for trusted networks only. Across untrusted ones, \
        list `remote :ssh HOST xapian-progsrv DIR/XAPIANDB.shard-K` lines instead (see README).

        \(ExitStatus.summary([0, 1, 64, 65, 66, 77]))
        """
    )

    @OptionGroup var location: IndexOptions

    @Option(help: ArgumentHelp("The first shard's port; shard K listens on PORT + K.", valueName: "port"))
    var port: Int = 33330

    @Option(help: ArgumentHelp("Listen only on this address (default: all interfaces).", valueName: "address"))
    var interface: String?

    @Option(help: ArgumentHelp("The host name printed in each HOST:PORT (default: this machine's name).", valueName: "name"))
    var host: String?

    @Option(help: ArgumentHelp("Seconds after which a server drops an idle connection (searches reconnect).", valueName: "seconds"))
    var idleTimeout: Double = 60

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be from 1 to 65535") }
        guard idleTimeout.isFinite, (1...86_400).contains(idleTimeout) else {
            throw ValidationError("--idle-timeout must be from 1 to 86,400 seconds")
        }
    }

    func run() throws {
        guard let executable = Self.findServer() else {
            throw ExitStatus.fail("xapian-tcpsrv is not installed (apt-get install xapian-tools)", code: ExitStatus.failure)
        }
        let servers = ShardServers(index: location.path, logger: CLILogHandler.logger(verbose: false))
        let served: [ShardServers.Served]
        do {
            served = try servers.start(executable: executable, firstPort: port, interface: interface, idleTimeout: idleTimeout)
        } catch let error as IndexError {
            throw ExitStatus.fail(error.description, code: Self.exitCode(error))
        }
        let name = host ?? interface ?? ProcessInfo.processInfo.hostName
        let lines = served.map { RemoteShard(host: name, port: $0.port).description + "\n" }.joined()
        FileHandle.standardOutput.write(Data(lines.utf8))
        let stopped = DispatchSemaphore(value: 0)
        var sources: [any DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stopped.signal() }
            source.resume()
            sources.append(source)
        }
        defer { withExtendedLifetime(sources) {} }
        while true {
            if stopped.wait(timeout: .now() + 0.2) == .success { servers.stop(); return }
            if let shard = servers.exitedShard {
                servers.stop()
                throw ExitStatus.fail("the server of shard \(shard) (port \(port + shard)) exited; stopped the others", code: ExitStatus.failure)
            }
        }
    }

    static func exitCode(_ error: IndexError) -> Int32 {
        switch error {
        case .noIndex: return ExitStatus.noIndex
        case .cannotRead: return ExitStatus.noPermission
        case .unusableIndexFolder: return ExitStatus.unusableIndexFolder
        case .refused: return ExitStatus.usage
        default: return ExitStatus.failure
        }
    }

    /// xapian-tcpsrv on $PATH, else where Debian puts it.
    static func findServer() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let candidates = path.split(separator: ":").map { "\($0)/xapian-tcpsrv" } + ["/usr/bin/xapian-tcpsrv"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
