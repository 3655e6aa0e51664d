#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Finds damage in an index folder and names the file it is in: the stub
/// (exists, is a regular file, lists shards), each shard folder it lists, and
/// each shard's glass tables through Xapian's `Database::check`.
///
/// A full check reads every block of every shard. A quick one (for `index
/// status` and for a search that failed) opens each shard and reads its counts,
/// and reads every block only of the shards whose files changed since they
/// last passed: what passed is remembered in `INDEX/check.stamp`, by each
/// file's size, inode and ctime (which every write changes).
public enum IndexCheck {
    public enum Thoroughness: Sendable {
        /// The stub and the shard folders it lists; no database is opened.
        case layout
        /// Also opens each shard; checks every block of shards changed since they last passed.
        case quick
        /// Checks every block of every shard.
        case full
    }

    public static func run(_ layout: IndexLayout, _ thoroughness: Thoroughness) -> IndexCheckReport {
        var report = IndexCheckReport(index: layout.root)
        report.full = thoroughness == .full
        // A build that swaps generations meanwhile makes what was read stale: look again.
        for _ in 0..<3 {
            let stub = readStub(layout)
            report.shards = stub.shards
            report.problems = stub.problems
            report.documents = 0
            if stub.problems.isEmpty {
                report.problems = stub.shards.compactMap { shardFolderProblem(layout, $0) }
            }
            if thoroughness != .layout { checkShards(layout, &report, full: thoroughness == .full) }
            if !report.isDamaged || readStub(layout).bytes == stub.bytes { break }
        }
        if report.isDamaged || thoroughness != .layout { report.corpus = lastCorpus(layout, listed: report.shards) }
        return report
    }

    // MARK: The stub

    struct Stub {
        var bytes: [UInt8]?
        var shards: [String] = []
        var remotes = 0
        var problems: [IndexProblem] = []
    }

    static func readStub(_ layout: IndexLayout) -> Stub {
        var st = stat()
        guard stat(layout.stubPath, &st) == 0 else {
            return Stub(problems: [.stubUnreadable(String(cString: strerror(errno)))])
        }
        switch st.st_mode & S_IFMT {
        case S_IFDIR: return Stub(problems: [.stubIsDirectory])
        case S_IFREG: break
        default: return Stub(problems: [.stubIsNotAFile])
        }
        guard let data = FileManager.default.contents(atPath: layout.stubPath) else {
            return Stub(problems: [.stubUnreadable(String(cString: strerror(errno)))])
        }
        var stub = Stub(bytes: Array(data))
        guard let text = String(validating: data, as: UTF8.self), !text.contains("\0") else {
            stub.problems = [.stubIsNotText]
            return stub
        }
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = line.split(whereSeparator: \.isWhitespace)
            if words.isEmpty || words[0].hasPrefix("#") { continue }
            guard let entry = StubEntry(line: line) else {
                stub.problems = [.stubBadLine(number + 1, String(line))]
                return stub
            }
            // Remote shards are checked by their own machines (a search names one that is down).
            if case .local(let path) = entry { stub.shards.append(path) } else { stub.remotes += 1 }
        }
        if stub.shards.isEmpty { stub.problems = [.stubIsEmpty] }
        return stub
    }

    static func shardFolderProblem(_ layout: IndexLayout, _ shard: String) -> IndexProblem? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: layout.absolute(shard), isDirectory: &isDirectory) else {
            return .shardMissing(shard)
        }
        return isDirectory.boolValue ? nil : .shardNotAFolder(shard)
    }

    // MARK: The shards

    /// Opens each shard (and all of them through the stub), and checks every
    /// block of those that need it, in parallel.
    static func checkShards(_ layout: IndexLayout, _ report: inout IndexCheckReport, full: Bool) {
        let damaged = Set(report.problems.map(\.path))
        let present = report.shards.filter { !damaged.contains($0) }
        var stamps = full ? [:] : CheckStamp.load(layout)
        var builtWith: Set<Int> = []
        var toCheck: [String] = []
        var openErrors: [String: XapianError] = [:]
        for shard in present {
            switch open(layout.absolute(shard)) {
            case .success(let count):
                if let count { builtWith.insert(count) }
                if full || stamps[shard] != CheckStamp.fingerprint(layout.absolute(shard)) { toCheck.append(shard) }
            case .failure(let error):
                openErrors[shard] = error
                toCheck.append(shard)
            }
        }
        let folders = toCheck.map(layout.absolute)
        let results = ShardChecks(count: folders.count)
        DispatchQueue.concurrentPerform(iterations: folders.count) { i in results[i] = checkSteadily(folders[i]) }
        for (i, shard) in toCheck.enumerated() {
            guard let (check, fingerprint) = results[i] else { continue }
            if check.isClean {
                if openErrors[shard] != nil, case .failure(let error) = open(layout.absolute(shard)) {
                    report.problems.append(.shardUnopenable(shard, error))
                } else if let fingerprint {
                    stamps[shard] = fingerprint
                }
            } else {
                let folder = layout.absolute(shard)
                report.problems.append(.shard(shard, check: check) { CheckStamp.size(of: folder + "/" + $0) })
            }
        }
        if !toCheck.isEmpty { CheckStamp.save(stamps.filter { report.shards.contains($0.key) }, layout) }
        if builtWith.count == 1, let built = builtWith.first, built != report.shards.count, report.problems.isEmpty {
            report.problems.append(.shardCount(listed: report.shards.count, built: built))
        }
        guard report.problems.isEmpty else { return }
        do {
            report.documents = try Database(path: layout.root).getDoccount()
        } catch let error as XapianError where error.kind == .networkError {
            // A front index's remote shard that does not answer: not damage of this folder
            // (a search names the shard); each shard machine checks its own index.
            report.remotesDown = RemoteFailure.describe(error, layout: layout).description
        } catch let error as XapianError {
            report.problems.append(.stubUnopenable(error))
        } catch {}
    }

    /// Opens one shard and reads its document count and the shard count it
    /// was built with (nil when it does not say).
    static func open(_ folder: String) -> Result<Int?, XapianError> {
        Result {
            let db = try Database(path: folder)
            _ = try db.getDoccount()
            return Int(try db.getMetadata(IndexSchema.shardCountKey))
        }.mapError { $0 as? XapianError ?? XapianError(kind: .unknownException, message: "\($0)") }
    }

    /// `Database.check` on a shard that is not being written meanwhile: a
    /// result is kept only when the shard's files were the same before and
    /// after. Nil when they kept changing (a build is writing it).
    static func checkSteadily(_ folder: String) -> (Database.CheckResult, String?)? {
        for _ in 0..<3 {
            let before = CheckStamp.fingerprint(folder)
            let check = Database.check(path: folder)
            let after = CheckStamp.fingerprint(folder)
            if before == after { return (check, after) }
        }
        return nil
    }

    // MARK: The corpus

    /// The corpus recorded by the last build, from the first shard whose
    /// metadata can be read: those the stub lists, else any on disk, newest first.
    static func lastCorpus(_ layout: IndexLayout, listed: [String]) -> String? {
        let fm = FileManager.default
        let generations = ((try? fm.contentsOfDirectory(atPath: layout.root)) ?? [])
            .compactMap { name in name.hasPrefix("gen-") ? Int(name.dropFirst(4)).map { (name, $0) } : nil }
            .sorted { $0.1 > $1.1 }.map(\.0)
        let onDisk = generations.flatMap { generation in
            ((try? fm.contentsOfDirectory(atPath: layout.absolute(generation))) ?? []).sorted().map { generation + "/" + $0 }
        }
        for shard in listed + onDisk {
            guard let db = try? Database(path: layout.absolute(shard)),
                  let json = try? db.getMetadata(IndexSchema.lastBuildKey), !json.isEmpty,
                  let summary = try? JSONDecoder().decode(BuildSummary.self, from: Data(json.utf8)),
                  !summary.corpus.isEmpty else { continue }
            return summary.corpus
        }
        return nil
    }
}

/// Results of the shards' checks, filled in from several threads.
private final class ShardChecks: @unchecked Sendable {
    private var results: [(Database.CheckResult, String?)?]
    private let lock = NSLock()

    init(count: Int) { results = Array(repeating: nil, count: count) }

    subscript(i: Int) -> (Database.CheckResult, String?)? {
        get { lock.withLock { results[i] } }
        set { lock.withLock { results[i] = newValue } }
    }
}
