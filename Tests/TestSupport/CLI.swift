import Foundation

/// Runs the real `search-cli` binary built beside the tests.
public enum CLI {
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        /// From the start to the exit of the process (not to the call of `finish`).
        public var seconds: Double
    }

    /// The search-cli executable in the same build folder as this test binary.
    public static let binary: String = {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("search-cli").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return Fixtures.packageRoot + "/.build/debug/search-cli"
    }()

    /// Runs search-cli with `arguments` in `environment(adding:home:)`.
    /// `executable` and `prefix` run the binary through a wrapper (setpriv).
    @discardableResult
    public static func run(_ arguments: [String], environment: [String: String] = [:],
                           executable: String? = nil, prefix: [String] = []) throws -> Output {
        finish(try start(arguments, environment: environment, executable: executable, prefix: prefix))
    }

    public final class Running: @unchecked Sendable {
        let process: Process
        let out: Pipe
        let err: Pipe
        let started: Date
        private let lock = NSLock()
        private var exited: Date?
        /// HOME and XDG_DATA_HOME of the run, removed with this value.
        let home = TempFolder("home")
        fileprivate var outData = Data()
        fileprivate var errData = Data()
        fileprivate let group = DispatchGroup()

        init(process: Process, out: Pipe, err: Pipe) {
            self.process = process
            self.out = out
            self.err = err
            started = Date()
        }

        /// When the process exited, as seen by its termination handler.
        fileprivate var exitedAt: Date? {
            get { lock.withLock { exited } }
            set { lock.withLock { exited = newValue } }
        }

        public var pid: Int32 { process.processIdentifier }
        public var isRunning: Bool { process.isRunning }
    }

    public static func start(_ arguments: [String], environment: [String: String] = [:],
                             executable: String? = nil, prefix: [String] = []) throws -> Running {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? binary)
        process.arguments = prefix + arguments
        let running = Running(process: process, out: Pipe(), err: Pipe())
        process.environment = Self.environment(adding: environment, home: running.home.path)
        process.standardOutput = running.out
        process.standardError = running.err
        process.standardInput = FileHandle.nullDevice
        process.terminationHandler = { [weak running] _ in running?.exitedAt = Date() }
        try process.run()
        running.group.enter()
        DispatchQueue.global().async {
            running.outData = running.out.fileHandleForReading.readDataToEndOfFile()
            running.group.leave()
        }
        running.group.enter()
        DispatchQueue.global().async {
            running.errData = running.err.fileHandleForReading.readDataToEndOfFile()
            running.group.leave()
        }
        return running
    }

    /// What the binary sees: a search path, a UTF-8 C locale, and a HOME (and
    /// XDG_DATA_HOME, where the default index lives) of its own; nothing of the
    /// test process's environment such as SEARCH_CLI_INDEX or NO_COLOR.
    /// `extra` is added on top.
    public static func environment(adding extra: [String: String], home: String) -> [String: String] {
        var env = [
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "HOME": home,
            "XDG_DATA_HOME": home + "/.local/share",
        ]
        env.merge(extra) { $1 }
        return env
    }

    /// Also logs the JSON the run printed for the schema check (`JSONContract`).
    public static func finish(_ running: Running) -> Output {
        running.process.waitUntilExit()
        running.group.wait()
        let output = Output(status: running.process.terminationStatus,
                            stdout: String(decoding: running.outData, as: UTF8.self),
                            stderr: String(decoding: running.errData, as: UTF8.self),
                            seconds: (running.exitedAt ?? Date()).timeIntervalSince(running.started))
        if running.process.terminationReason == .exit {
            JSONContract.log(arguments: running.process.arguments ?? [], stdout: output.stdout, status: output.status)
        }
        return output
    }

    /// True if the process was ended by a signal rather than exiting.
    public static func wasSignalled(_ running: Running) -> Bool {
        running.process.terminationReason == .uncaughtSignal
    }
}
