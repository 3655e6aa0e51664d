import Foundation

extension CLI {
    /// What a run with a deadline gave: the output, and whether the process was
    /// killed (SIGKILL) because it had not exited in time.
    public struct TimedOutput: Sendable {
        public var output: Output
        public var timedOut: Bool
    }

    /// Runs search-cli like `run`, but kills it if it has not exited after
    /// `seconds`, so that a hang fails a test instead of stalling the suite.
    public static func run(_ arguments: [String], deadline seconds: Double, environment: [String: String] = [:],
                           executable: String? = nil, prefix: [String] = []) throws -> TimedOutput {
        let running = try start(arguments, environment: environment, executable: executable, prefix: prefix)
        let end = Date().addingTimeInterval(seconds)
        while running.isRunning && Date() < end { usleep(20_000) }
        let timedOut = running.isRunning
        if timedOut { kill(running.pid, SIGKILL) }
        return TimedOutput(output: finish(running), timedOut: timedOut)
    }

    /// Runs search-cli under `/usr/bin/time` and returns its output and its
    /// peak resident memory in bytes; nil when `/usr/bin/time` is not installed
    /// (`apt-get install -y time`). `timeout` kills search-cli itself at the deadline.
    public static func runMeasuringMemory(_ arguments: [String], deadline seconds: Double) throws -> (TimedOutput, Int?)? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else { return nil }
        var timed = try run(arguments, deadline: seconds + 5, executable: "/usr/bin/time",
                            prefix: ["-f", "peak-rss-kb %M", "timeout", "-s", "KILL", String(Int(seconds)), binary])
        if timed.output.status == 128 + SIGKILL { timed.timedOut = true }
        var lines = timed.output.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last == "" { lines.removeLast() }
        guard let last = lines.last, last.hasPrefix("peak-rss-kb ") else { return (timed, nil) }
        lines.removeLast()
        timed.output.stderr = lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
        return (timed, Int(last.dropFirst("peak-rss-kb ".count)).map { $0 * 1024 })
    }

    /// The warning lines of a run's stderr, by the path they name
    /// (`search-cli: warning: PATH: …`, PATH up to the first ": ").
    public static func warningsByPath(_ stderr: String) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for line in stderr.split(separator: "\n").map(String.init) {
            guard line.hasPrefix("search-cli: warning: ") else { continue }
            let rest = line.dropFirst("search-cli: warning: ".count)
            let path = rest.range(of: ": ").map { String(rest[..<$0.lowerBound]) } ?? String(rest)
            out[path, default: []].append(line)
        }
        return out
    }
}
