import ArgumentParser
import Foundation
import Indexer
import Logging

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the index over HTTP: a search page and a JSON API (read-only).",
        discussion: """
        The page is at /, the API at /api/search, /api/similar and /api/status (the objects of \
        search --json, similar --json and index status --json), described by /openapi.json. It \
        binds to 127.0.0.1 unless --host says otherwise. Searches see each new build at once, \
        without a restart. One log line per request goes to stderr; SIGINT or SIGTERM stops it \
        after the requests in flight (exit 0).

        \(ExitStatus.summary([0, 1, 64, 65, 66, 69, 77]))
        """
    )

    @OptionGroup var location: IndexOptions

    @Option(help: ArgumentHelp("Address to listen on (0.0.0.0 for every interface).", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("Port to listen on (0 picks a free one; it is printed).", valueName: "port"))
    var port = 8080

    @Option(help: ArgumentHelp("Threads that search, each with its own open index (1 to 64; default: the cores, at least 2).", valueName: "n"))
    var threads: Int?

    @Flag(help: "On a front index (index federate): when a remote shard does not answer, answer from the others, with \"missing_shards\" in the JSON, rather than fail.")
    var allowPartial = false

    func validate() throws {
        try OptionRange.check(port, 0...65_535, option: "--port")
        if let threads { try OptionRange.check(threads, 1...64, option: "--threads") }
    }

    func run() async throws {
        // The index must open now: the same one-line errors and exit codes as search.
        do {
            _ = try location.searcher(verbose: false, allowPartial: allowPartial)
        } catch let error as SearchError {
            throw ExitStatus.fail(error)
        }
        let logger = CLILogHandler.logger(verbose: false)
        var configuration = SearchServer.Configuration()
        configuration.host = host
        configuration.port = port
        configuration.threads = threads ?? max(2, ProcessInfo.processInfo.activeProcessorCount)
        let (location, allowPartial) = (location, allowPartial)
        let pool = SearcherPool(threads: configuration.threads, logger: logger) {
            try location.searcher(verbose: false, allowPartial: allowPartial)
        }
        defer { pool.shutdown() }
        let api = SearchAPI(pool: pool, limits: configuration.limits, index: location.path)
        let server = SearchServer(configuration: configuration, api: api, logger: logger)
        let index = location.path
        do {
            try await server.run { host, port in
                let line = "Serving http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ (index \(Terminal.clean(index))); Ctrl-C stops\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            }
        } catch {
            throw ExitStatus.fail("cannot serve on \(host):\(port): \(Self.reason(error))", code: ExitStatus.refused)
        }
    }


    static func reason(_ error: any Error) -> String {
        let text = "\(error)"
        if text.contains("Address already in use") || text.contains("EADDRINUSE") { return "the address is already in use" }
        if text.contains("Permission denied") || text.contains("EACCES") { return "permission denied (ports below 1024 need root)" }
        return text
    }
}
