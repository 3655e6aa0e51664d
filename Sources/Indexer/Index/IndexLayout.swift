#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The on-disk shape of an index: a folder that Xapian opens as one database.
///
///     INDEX/XAPIANDB        stub file listing the shards of the live generation
///     INDEX/gen-N/shard-K   one glass database per shard (compacted after a full build)
///     INDEX/gen-N/build-K   a shard while a full build writes it
///     INDEX/build.lock      held (flock) by the one running build
///
/// A full rebuild writes `gen-N+1` beside the live one and swaps the stub
/// atomically with rename(2), so readers see the old index or the new one.
public struct IndexLayout: Sendable {
    public let root: String

    public init(root: String) {
        var root = root
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        self.root = root
    }

    public var stubPath: String { root + "/XAPIANDB" }
    public var lockPath: String { root + "/build.lock" }

    /// True once a build has created the index.
    public var exists: Bool { FileManager.default.fileExists(atPath: stubPath) }

    /// Shard folders of the live generation, relative to `root`.
    public func liveShards() throws -> [String] {
        let text = try String(contentsOfFile: stubPath, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ", maxSplits: 1)
            return parts.count == 2 ? String(parts[1]) : nil
        }
    }

    public func generation(ofShard shard: String) -> String {
        String(shard.split(separator: "/").first ?? "")
    }

    /// A fresh generation folder name, higher than any present.
    public func nextGeneration() -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        let numbers = names.compactMap { $0.hasPrefix("gen-") ? Int($0.dropFirst(4)) : nil }
        return "gen-\((numbers.max() ?? 0) + 1)"
    }

    public func shardNames(generation: String, count: Int) -> [String] {
        (0..<count).map { "\(generation)/shard-\($0)" }
    }

    /// Where a full build writes its shards before compacting them into `shardNames`.
    public func buildShardNames(generation: String, count: Int) -> [String] {
        (0..<count).map { "\(generation)/build-\($0)" }
    }

    public func absolute(_ relative: String) -> String { root + "/" + relative }

    /// Points the stub at `shards`, atomically: write a temporary file, fsync it,
    /// rename it over the stub, fsync the folder.
    public func writeStub(shards: [String]) throws {
        let body = shards.map { "glass \($0)\n" }.joined()
        let temp = root + "/XAPIANDB.tmp"
        try Data(body.utf8).write(to: URL(fileURLWithPath: temp))
        try Self.fsync(path: temp)
        guard rename(temp, stubPath) == 0 else {
            throw IndexError.io("cannot replace \(stubPath): \(String(cString: strerror(errno)))")
        }
        try Self.fsync(path: root)
    }

    /// Deletes what the stub does not list: other generations (except
    /// `keepGeneration`) and leftovers of interrupted builds in the live one.
    public func removeStale(keepGeneration: String? = nil) {
        let live = Set((try? liveShards()) ?? [])
        let liveGenerations = Set(live.map(generation(ofShard:)))
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: root)) ?? [] where name.hasPrefix("gen-") && name != keepGeneration {
            guard liveGenerations.contains(name) else {
                try? fm.removeItem(atPath: absolute(name))
                continue
            }
            for shard in (try? fm.contentsOfDirectory(atPath: absolute(name))) ?? [] where !live.contains(name + "/" + shard) {
                try? fm.removeItem(atPath: absolute(name + "/" + shard))
            }
        }
    }

    static func fsync(path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw IndexError.io("cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        _ = Glibc.fsync(fd)
    }
}
