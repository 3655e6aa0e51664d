import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization

/// A real `search-cli serve` on a free loopback port, for tests: started
/// with `--port 0`, its address read from the line it prints, its log
/// lines (stderr) kept, and stopped with SIGTERM.
public final class Server {
    public struct Reply: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: String

        public func header(_ name: String) -> String? {
            headers.first { $0.key.lowercased() == name.lowercased() }?.value
        }

        public var json: [String: Any]? {
            (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any]
        }
    }

    public let base: String
    public let pid: Int32
    private let process: Process
    private let state = State()
    private let session: URLSession

    /// Starts `serve --index index --port 0 extra…` and waits until it listens.
    public init(index: String, extra: [String] = [], environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["serve", "--index", index, "--port", "0"] + extra
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("serve-home-\(UUID().uuidString)").path
        process.environment = CLI.environment(adding: environment, home: home)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let state = state
        process.terminationHandler = { finished in state.exit.withLock { $0 = finished.terminationStatus } }
        try process.run()
        self.process = process
        pid = process.processIdentifier
        err.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            state.log.withLock { $0.append(data) }
        }
        // The first stdout line: "Serving http://127.0.0.1:PORT/ (index …); Ctrl-C stops".
        var first = Data()
        let deadline = Date().addingTimeInterval(60)
        while !first.contains(0x0A), Date() < deadline {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            first.append(chunk)
        }
        let line = String(decoding: first, as: UTF8.self)
        guard let start = line.range(of: "http://"), let end = line.range(of: "/ ", range: start.upperBound..<line.endIndex) else {
            kill(pid, SIGKILL)
            throw ServerError.didNotStart(line + String(decoding: state.log.withLock { $0 }, as: UTF8.self))
        }
        base = String(line[start.lowerBound..<end.lowerBound])
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 60
        session = URLSession(configuration: configuration)
    }

    public enum ServerError: Error { case didNotStart(String) }

    /// What the process's handlers write, on other threads.
    private final class State: Sendable {
        let log = Mutex<Data>(Data())
        let exit = Mutex<Int32?>(nil)
    }

    /// `GET base + target` (or another method, with a body).
    public func get(_ target: String, method: String = "GET", body: Data? = nil) async throws -> Reply {
        try await Self.get(base + target, method: method, body: body, session: session)
    }

    /// A request to `url`, from any task (a `Server` stays in the test's).
    public static func get(_ url: String, method: String = "GET", body: Data? = nil,
                           session: URLSession = .shared) async throws -> Reply {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        request.httpBody = body
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields { headers["\(key)"] = "\(value)" }
        return Reply(status: http.statusCode, headers: headers, body: String(decoding: data, as: UTF8.self))
    }

    /// The log lines written so far.
    public var logLines: [String] {
        String(decoding: state.log.withLock { $0 }, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    public var exitStatus: Int32? { state.exit.withLock { $0 } }

    /// SIGTERM, then the exit status (nil if it did not exit within `seconds`).
    @discardableResult
    public func stop(seconds: Double = 20) -> Int32? {
        if exitStatus == nil { kill(pid, SIGTERM) }
        let deadline = Date().addingTimeInterval(seconds)
        while exitStatus == nil, Date() < deadline { usleep(20_000) }
        if exitStatus == nil { kill(pid, SIGKILL) }
        return exitStatus
    }

    deinit {
        if exitStatus == nil { kill(pid, SIGKILL) }
    }
}
