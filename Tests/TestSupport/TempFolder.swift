import Foundation

/// A fresh folder for one test, removed with everything in it when the value
/// goes away. A suite that keeps one in a stored property gets a new folder
/// for each test, removed when the test ends (Swift Testing makes a suite
/// instance per test and drops it afterwards).
public final class TempFolder: @unchecked Sendable {
    public let path: String

    /// A folder named after `name` (the calling function by default) under this run's folder.
    public init(_ name: String = #function) {
        let clean = name.filter { $0.isLetter || $0.isNumber }
        path = Self.runFolder + "/\(clean)-\(UUID().uuidString.prefix(8))"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// `path` + "/" + `relative`.
    public func callAsFunction(_ relative: String) -> String { path + "/" + relative }

    /// The folder of this test process (`search-cli-tests/run-PID` in the system's
    /// temporary folder), removed when the process exits; folders left by
    /// processes that died are removed when the next run starts.
    public static let runFolder: String = {
        let parent = NSTemporaryDirectory() + "search-cli-tests"
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: parent)) ?? [] where name.hasPrefix("run-") {
            if let pid = Int32(name.dropFirst(4)), kill(pid, 0) != 0 && errno == ESRCH {
                try? fm.removeItem(atPath: parent + "/" + name)
            }
        }
        let folder = parent + "/run-\(getpid())"
        try! fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: TempFolder.runFolder) }
        return folder
    }()
}
