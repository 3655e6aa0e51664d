import Foundation

/// The JSON contract of the tool's output (schemas/*.schema.json), checked
/// with the `jsonschema` library from PyPI through scripts/validate_json.py.
///
/// Every run through `CLI` that prints JSON is also logged, with the schema it
/// must meet, to `logFolder`; scripts/test.sh validates the whole log after
/// `swift test`, so the schemas cover every JSON output of the suite.
public enum JSONContract {
    public static let script = Fixtures.packageRoot + "/scripts/validate_json.py"
    /// scripts/test.sh empties it before the tests and validates it after.
    public static let logFolder = Fixtures.packageRoot + "/.build/json-outputs"

    /// True when python3 can import jsonschema (scripts/test.sh installs it).
    public static let isAvailable: Bool = {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import jsonschema, referencing"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }()

    /// The problems of `output` (one JSON object a line) against schemas/`schema`.schema.json; empty when valid.
    public static func problems(_ output: String, schema: String) throws -> [String] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", script, schema]
        let input = Pipe(), out = Pipe()
        p.standardInput = input
        p.standardOutput = out
        try p.run()
        // validate_json.py reads all of its input before it writes a line.
        input.fileHandleForWriting.write(Data(output.utf8))
        try input.fileHandleForWriting.close()
        let report = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let lines = String(decoding: report, as: UTF8.self).split(separator: "\n").map(String.init)
        return p.terminationStatus == 0 ? [] : (lines.isEmpty ? ["validate_json.py exited \(p.terminationStatus)"] : lines)
    }

    /// Which schema the output of search-cli `arguments` must meet, or nil when it prints no JSON.
    public static func schema(for arguments: [String]) -> String? {
        let json = arguments.contains("--json") || arguments.contains("--output=json")
            || zip(arguments, arguments.dropFirst()).contains { $0 == "--output" && $1 == "json" }
        if arguments.contains("search"), arguments.contains(where: { $0 == "--batch" || $0.hasPrefix("--batch=") }) { return "batch" }
        guard json else { return nil }
        if arguments.contains("similar") { return "similar" }
        if arguments.contains("search") { return arguments.contains("--group") ? "grouped" : "search" }
        if arguments.contains("index"), arguments.contains("build") { return arguments.contains("--dry-run") ? "build-plan" : "build" }
        if arguments.contains("index"), arguments.contains("status") { return "status" }
        if arguments.contains("index"), arguments.contains("check") { return "check" }
        if arguments.contains("watch"), arguments.contains("check") { return "watch" }
        if arguments.first == "duplicates" { return "duplicates" }
        return nil
    }

    private static let lock = NSLock()

    /// Logs the JSON a run printed, with its schema, for scripts/test.sh to validate.
    static func log(arguments: [String], stdout: String, status: Int32) {
        guard let schema = schema(for: arguments), status == 0 || schema == "batch" || schema == "check" || schema == "watch",
              !stdout.allSatisfy(\.isWhitespace), stdout.utf8.count < 4 << 20 else { return }
        let record: [String: Any] = ["schema": schema, "args": arguments, "output": stdout]
        guard let data = try? JSONSerialization.data(withJSONObject: record) else { return }
        lock.withLock {
            try? FileManager.default.createDirectory(atPath: logFolder, withIntermediateDirectories: true)
            let path = logFolder + "/\(getpid()).jsonl"
            if !FileManager.default.fileExists(atPath: path) { FileManager.default.createFile(atPath: path, contents: nil) }
            guard let handle = FileHandle(forWritingAtPath: path) else { return }
            handle.seekToEndOfFile()
            handle.write(data + Data("\n".utf8))
            try? handle.close()
        }
    }
}
