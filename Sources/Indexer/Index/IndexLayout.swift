#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The on-disk shape of an index: a folder that Xapian opens as one database.
///
///     INDEX/.search-cli-index          marker: this folder is an index of ours
///     INDEX/XAPIANDB                   stub file listing the shards of the live generation
///     INDEX/gen-N/.search-cli-generation   marker: this generation was made by a build
///     INDEX/gen-N/shard-K              one glass database per shard (compacted after a full build)
///     INDEX/gen-N/build-K              a shard while a full build writes it
///     INDEX/build.lock                 held (flock) by the one running build
///
/// A full rebuild writes `gen-N+1` beside the live one and swaps the stub
/// atomically with rename(2), so readers see the old index or the new one.
/// A build deletes only what it can prove it made: generation folders with
/// the marker, and shard folders inside them.
public struct IndexLayout: Sendable {
    public let root: String
    public static let markerName = ".search-cli-index"
    static let generationMarkerName = ".search-cli-generation"
    /// Names an index folder of an earlier version holds (before the marker).
    private static let ownNames: Set<String> = ["XAPIANDB", "XAPIANDB.tmp", "build.lock", "check.stamp", markerName]

    public init(root: String) {
        var root = root
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        self.root = root
    }

    public var stubPath: String { root + "/XAPIANDB" }
    public var lockPath: String { root + "/build.lock" }
    var markerPath: String { root + "/" + Self.markerName }

    /// True once a build has created the index.
    public var exists: Bool { FileManager.default.fileExists(atPath: stubPath) }

    /// Why this process cannot read the index (its folder or stub file is
    /// not readable, e.g. another user's), or nil. A missing index is not
    /// such a problem: `exists` says that.
    public var readProblem: String? {
        for (path, mode) in [(root, R_OK | X_OK), (stubPath, R_OK)] where access(path, F_OK) == 0 || errno == EACCES {
            if access(path, mode) != 0, errno == EACCES || errno == EPERM {
                return "\(path == root ? "the folder" : "its stub file") is not readable by this user (\(String(cString: strerror(errno))))"
            }
        }
        return nil
    }

    /// Shard folders of the live generation, relative to `root` (not the
    /// remote shards of a federated index: see `stubEntries`).
    public func liveShards() throws -> [String] {
        try stubEntries().compactMap { if case .local(let path) = $0 { return path } else { return nil } }
    }

    public func generation(ofShard shard: String) -> String {
        String(shard.split(separator: "/").first ?? "")
    }

    /// A fresh generation folder name, higher than any present.
    public func nextGeneration() -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        let numbers = names.compactMap { Self.number(of: $0, prefix: "gen-") }
        return "gen-\((numbers.max() ?? 0) + 1)"
    }

    /// Creates generation folder `name` with its marker.
    func createGeneration(_ name: String) throws {
        let path = absolute(name)
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            try Data("made by search-cli index build\n".utf8).write(to: URL(fileURLWithPath: path + "/" + Self.generationMarkerName))
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw IndexError.io("cannot create \(path): \(Self.reason(error))")
        }
    }

    public func shardNames(generation: String, count: Int) -> [String] {
        (0..<count).map { "\(generation)/shard-\($0)" }
    }

    /// Where a full build writes its shards before compacting them into `shardNames`.
    public func buildShardNames(generation: String, count: Int) -> [String] {
        (0..<count).map { "\(generation)/build-\($0)" }
    }

    /// Where a stub's entry is: relative to `root`, unless it is absolute (as Xapian reads stubs).
    public func absolute(_ relative: String) -> String { relative.hasPrefix("/") ? relative : root + "/" + relative }

    /// Makes sure `root` is a folder an index may live in, creating it when
    /// missing: it must not lie inside the corpus (or hold it), and must be
    /// empty, an index of ours (the marker), or an index of an earlier
    /// version (only the names an index holds), which is adopted.
    func prepare(corpus: String) throws {
        let fm = FileManager.default
        let corpusReal = Self.resolved(corpus)
        let rootReal = Self.resolved(root)
        if Self.isInside(rootReal, corpusReal), !Self.isHidden(rootReal, under: corpusReal) {
            throw IndexError.unusableIndexFolder(root, "it is inside the corpus folder \(corpus); choose a folder outside it")
        }
        if Self.isInside(corpusReal, rootReal) {
            throw IndexError.unusableIndexFolder(root, "the corpus folder \(corpus) is inside it; choose another folder")
        }
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: root, isDirectory: &isDir) {
            guard isDir.boolValue else { throw IndexError.unusableIndexFolder(root, "it is not a folder") }
            if fm.fileExists(atPath: markerPath) {
                if isFederated {
                    throw IndexError.unusableIndexFolder(root, "it is a federated index over remote shards (index federate); build the shard machines' indexes instead")
                }
                return
            }
            let names: [String]
            do { names = try fm.contentsOfDirectory(atPath: root) } catch {
                throw IndexError.unusableIndexFolder(root, "cannot list it: \(Self.reason(error))")
            }
            if let other = names.sorted().first(where: { !Self.ownNames.contains($0) && !Self.isShardStubName($0) && !ParseJournal.isJournalName($0) && !isOwnGeneration($0, adopting: true) }) {
                throw IndexError.unusableIndexFolder(root, "it holds files that are not an index's (\(other)); choose an empty or new folder")
            }
        } else {
            do { try fm.createDirectory(atPath: root, withIntermediateDirectories: true) } catch {
                throw IndexError.unusableIndexFolder(root, "cannot create it: \(Self.reason(error))")
            }
        }
        do { try Data("search-cli index\n".utf8).write(to: URL(fileURLWithPath: markerPath)) } catch {
            throw IndexError.unusableIndexFolder(root, "cannot write in it: \(Self.reason(error))")
        }
    }

    /// Points the stub at `shards`, atomically: write a temporary file, fsync it,
    /// rename it over the stub, fsync the folder. Then the per-shard stubs that
    /// shard servers open (`XAPIANDB.shard-K`, see IndexLayout+Remote).
    public func writeStub(shards: [String]) throws {
        try writeStub(entries: shards.map { .local($0) })
        try writeShardStubs(shards: shards)
    }

    /// A stub that is a folder (damage) cannot be renamed over: moves it aside.
    func clearDamagedStub() {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: stubPath, isDirectory: &isDir), isDir.boolValue else { return }
        if rmdir(stubPath) != 0 { _ = rename(stubPath, stubPath + ".damaged-\(Int(Date().timeIntervalSince1970))") }
    }

    /// Deletes what the stub does not list and a build made: other
    /// generations (except `keepGeneration`) and leftovers of interrupted
    /// builds in the live one. Anything else in the folder is left alone.
    public func removeStale(keepGeneration: String? = nil) {
        let live = Set((try? liveShards()) ?? [])
        let liveGenerations = Set(live.map(generation(ofShard:)))
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: root)) ?? [] where name != keepGeneration && isOwnGeneration(name, adopting: false) {
            guard liveGenerations.contains(name) else {
                try? fm.removeItem(atPath: absolute(name))
                continue
            }
            for shard in (try? fm.contentsOfDirectory(atPath: absolute(name))) ?? [] where Self.isShardName(shard) && !live.contains(name + "/" + shard) {
                try? fm.removeItem(atPath: absolute(name + "/" + shard))
            }
        }
    }

    /// Whether `name` is a generation folder a build made: `gen-N` with the
    /// marker, or (for an index of an earlier version, while `adopting`, and
    /// then marked) one that holds only shard folders.
    private func isOwnGeneration(_ name: String, adopting: Bool) -> Bool {
        guard Self.number(of: name, prefix: "gen-") != nil else { return false }
        let path = absolute(name)
        let fm = FileManager.default
        if fm.fileExists(atPath: path + "/" + Self.generationMarkerName) { return true }
        guard adopting, let entries = try? fm.contentsOfDirectory(atPath: path), entries.allSatisfy(Self.isShardName) else { return false }
        return (try? Data().write(to: URL(fileURLWithPath: path + "/" + Self.generationMarkerName))) != nil
    }

    /// `XAPIANDB.shard-K` (and its temporary file): the stubs shard servers open.
    private static func isShardStubName(_ name: String) -> Bool {
        let base = name.hasSuffix(".tmp") ? String(name.dropLast(4)) : name
        return number(of: base, prefix: "XAPIANDB.shard-") != nil
    }

    private static func isShardName(_ name: String) -> Bool {
        number(of: name, prefix: "shard-") != nil || number(of: name, prefix: "build-") != nil
    }

    private static func number(of name: String, prefix: String) -> Int? {
        guard name.hasPrefix(prefix), name.count > prefix.count, name.dropFirst(prefix.count).allSatisfy(\.isASCII) else { return nil }
        return Int(name.dropFirst(prefix.count))
    }

    /// The real path of `path`, or of its deepest existing ancestor with the rest appended.
    static func resolved(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var head = URL(fileURLWithPath: absolute).standardized.path
        var tail: [String] = []
        while head != "/" {
            if let real = CorpusWalker.realPath(head) { return ([real == "/" ? "" : real] + tail.reversed()).joined(separator: "/") }
            tail.append((head as NSString).lastPathComponent)
            head = (head as NSString).deletingLastPathComponent
        }
        return "/" + tail.reversed().joined(separator: "/")
    }

    /// Whether `path` is `folder` or lies inside it (both resolved).
    static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder == "/" ? "/" : folder + "/")
    }

    /// Whether the walk never enters `path` below `folder`: a name on the way starts with ".".
    private static func isHidden(_ path: String, under folder: String) -> Bool {
        path.dropFirst(folder.count).split(separator: "/").contains { $0.hasPrefix(".") }
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let posix = ns.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        switch ns.code {
        case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return "permission denied"
        case NSFileWriteOutOfSpaceError: return "no space left on device"
        case NSFileWriteVolumeReadOnlyError: return "read-only file system"
        default: return ns.localizedDescription
        }
    }

    static func fsync(path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw IndexError.io("cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        _ = Glibc.fsync(fd)
    }
}
