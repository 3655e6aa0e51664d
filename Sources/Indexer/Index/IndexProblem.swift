import Foundation

/// One thing wrong with an index, named by the file or folder it is in.
public struct IndexProblem: Sendable, Codable, Equatable, CustomStringConvertible {
    /// The damaged thing, relative to the index folder: `XAPIANDB`,
    /// `gen-1/shard-0`, `gen-1/shard-0/postlist.glass`.
    public var path: String
    /// One line that names the thing and says what is wrong with it.
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { message }

    static let stubName = "XAPIANDB"

    // MARK: The stub file

    static let stubIsDirectory = IndexProblem(path: stubName, message: "\(stubName) is a directory, not the stub file that lists the shards")
    static let stubIsNotAFile = IndexProblem(path: stubName, message: "\(stubName) is not a regular file (it should be the stub file that lists the shards)")
    static let stubIsEmpty = IndexProblem(path: stubName, message: "the stub file \(stubName) is empty: it lists no shards")
    static let stubIsNotText = IndexProblem(path: stubName, message: "the stub file \(stubName) is not text, so not a list of shards")

    static func stubUnreadable(_ reason: String) -> IndexProblem {
        IndexProblem(path: stubName, message: "the stub file \(stubName) cannot be read (\(reason))")
    }

    static func stubBadLine(_ number: Int, _ line: String) -> IndexProblem {
        let shown = line.count > 40 ? line.prefix(40) + "…" : Substring(line)
        return IndexProblem(path: stubName, message: "the stub file \(stubName) is not a list of shards (line \(number): \"\(shown)\"; expected \"glass gen-N/shard-K\")")
    }

    static func shardCount(listed: Int, built: Int) -> IndexProblem {
        IndexProblem(path: stubName, message: "the stub file \(stubName) lists \(listed) shard\(listed == 1 ? "" : "s") but the index was built with \(built)")
    }

    static func stubUnopenable(_ error: XapianError) -> IndexProblem {
        IndexProblem(path: stubName, message: "the shards that \(stubName) lists cannot be opened together (\(error.message))")
    }

    // MARK: A shard

    static func shardMissing(_ shard: String) -> IndexProblem {
        IndexProblem(path: shard, message: "\(shard) is missing (\(stubName) lists it as a shard)")
    }

    static func shardNotAFolder(_ shard: String) -> IndexProblem {
        IndexProblem(path: shard, message: "\(shard) is not a folder (\(stubName) lists it as a shard)")
    }

    /// What `Database.check` found in `shard`, naming the file when it can.
    static func shard(_ shard: String, check: Database.CheckResult, fileSize: (String) -> Int64?) -> IndexProblem {
        let detail = check.message.replacingOccurrences(of: " - run xapian-check on this database", with: "")
        guard let table = check.table else {
            return IndexProblem(path: shard, message: "\(shard) is damaged (\(detail))")
        }
        let file = table == "iamglass" ? table : table + ".glass"
        let size = fileSize(file)
        let state: String
        if size == nil {
            state = "is missing"
        } else if size == 0 || detail.contains("EOF") || (file != "iamglass" && size! % 2048 != 0) {
            state = "is truncated"
        } else {
            state = "is corrupt"
        }
        return IndexProblem(path: shard + "/" + file, message: "\(shard): \(file) \(state) (\(detail))")
    }

    /// A shard that fails to open although its check found nothing.
    static func shardUnopenable(_ shard: String, _ error: XapianError) -> IndexProblem {
        IndexProblem(path: shard, message: "\(shard) cannot be opened (\(error.message))")
    }
}
