import Foundation

extension CLI {
    /// search-cli with a pipe on standard input, answered line by line
    /// (`search --batch -`): a test sends a line, reads the answer, and can
    /// change the world between two lines.
    public final class Interactive {
        private let process = Process()
        private let input = Pipe()
        private let output = Pipe()
        private let errors = Pipe()
        private var buffer = Data()

        public init(_ arguments: [String]) throws {
            process.executableURL = URL(fileURLWithPath: CLI.binary)
            process.arguments = arguments
            process.environment = CLI.environment(adding: [:], home: NSTemporaryDirectory())
            process.standardInput = input
            process.standardOutput = output
            process.standardError = errors
            try process.run()
        }

        deinit {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }

        public var isRunning: Bool { process.isRunning }

        /// Writes `line` and a newline to its standard input.
        public func send(_ line: String) throws {
            try input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
        }

        /// The next line it writes, or nil if none comes within `seconds` (or it exited).
        public func readLine(within seconds: Double) -> String? {
            let end = Date().addingTimeInterval(seconds)
            let fd = output.fileHandleForReading.fileDescriptor
            while Date() < end {
                if let newline = buffer.firstIndex(of: 0x0A) {
                    let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                    buffer = Data(buffer[buffer.index(after: newline)...])
                    return line
                }
                var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                guard poll(&poller, 1, 50) >= 0 else { return nil }
                if poller.revents == 0 { continue }
                var chunk = [UInt8](repeating: 0, count: 65_536)
                let n = read(fd, &chunk, chunk.count)
                if n <= 0 { return nil }
                buffer.append(contentsOf: chunk[..<n])
            }
            return nil
        }

        /// Closes its standard input and waits for it (SIGKILL after `seconds`): its exit status and standard error.
        public func finish(within seconds: Double = 30) -> (status: Int32, stderr: String) {
            try? input.fileHandleForWriting.close()
            let end = Date().addingTimeInterval(seconds)
            while process.isRunning && Date() < end { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
        }
    }
}
