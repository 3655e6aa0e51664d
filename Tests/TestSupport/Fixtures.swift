import Foundation
import Logging
import Indexer

/// Paths and corpora the tests read: the seed beside the package, generated
/// articles (`generatedCorpus`), and the shared corpora in ../shared, which
/// only the checks on real text need (they are disabled when it is absent).
public enum Fixtures {
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    public static let seeds = packageRoot + "/seeds"
    public static let seedFile = seeds + "/000_b7f96fcc7f242880.txt"
    public static let shared = URL(fileURLWithPath: packageRoot).deletingLastPathComponent().appendingPathComponent("shared").path
    public static let corpora = shared + "/corpora"

    public static var seedText: String { try! String(contentsOfFile: seedFile, encoding: .utf8) }

    public static var hasCorpora: Bool { FileManager.default.fileExists(atPath: corpora + "/reuters21578/reut2-000.sgm.xz") }

    /// A logger that drops everything; tests that check warnings use `LogCapture`.
    public static var quietLogger: Logger { Logger(label: "test") { _ in SwiftLogNoOpLogHandler() } }

    /// A fresh temporary folder, removed when the test process exits. A test
    /// that keeps a `TempFolder` instead has its folder removed when it ends.
    public static func tempDir(_ name: String = #function) -> String {
        let clean = name.filter { $0.isLetter || $0.isNumber }
        let path = TempFolder.runFolder + "/\(clean)-\(UUID().uuidString.prefix(8))"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Reuters-21578 converted to article files once per test process.
    public static let reutersAll: String? = {
        guard hasCorpora else { return nil }
        let out = TempFolder.runFolder + "/reuters"
        if FileManager.default.fileExists(atPath: out + "/reut-00002.txt") { return out }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", corpora + "/tools/reuters_to_articles.py", corpora + "/reuters21578", out]
        p.standardOutput = FileHandle.nullDevice
        try? p.run()
        p.waitUntilExit()
        return p.terminationStatus == 0 ? out : nil
    }()

    /// The first `count` Reuters articles (by name) copied into a new folder.
    public static func reutersSubset(_ count: Int, into dir: String) -> Bool {
        guard let all = reutersAll else { return false }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: all))?.sorted().prefix(count) ?? []
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for name in names { try? FileManager.default.copyItem(atPath: all + "/" + name, toPath: dir + "/" + name) }
        return names.count == count
    }

    public static func write(_ text: String, to path: String) {
        try! FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Builds `corpus` into `index` and returns the summary.
    @discardableResult
    public static func build(_ corpus: String, _ index: String, configure: (inout BuildOptions) -> Void = { _ in }, logger: Logger = quietLogger) throws -> BuildSummary {
        var options = BuildOptions()
        configure(&options)
        return try IndexBuilder(corpus: corpus, index: index, options: options).build(logger: logger)
    }

    public static func search(_ index: String, _ query: String, limit: Int = 10, perArticle: Int = 2) throws -> SearchResults {
        try Searcher(index: index, logger: quietLogger).search(SearchRequest(query: query, limit: limit, perArticle: perArticle))
    }
}
