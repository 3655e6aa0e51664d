import Foundation

/// Stub files that list remote shards, and the per-shard stubs a shard server opens.
///
///     FRONT/XAPIANDB                  glass meta-N, then remote HOST:PORT per shard
///     FRONT/meta-N                    the front's own small database (see Federation)
///     INDEX/XAPIANDB.shard-K          on a shard machine: glass gen-N/shard-K, rewritten
///                                     with the stub, so xapian-tcpsrv (which opens its
///                                     database per connection) serves the live generation
extension IndexLayout {
    /// Every database the stub lists, in order.
    public func stubEntries() throws -> [StubEntry] {
        let text = try String(contentsOfFile: stubPath, encoding: .utf8)
        return text.split(separator: "\n").compactMap(StubEntry.init(line:))
    }

    /// The remote shards the stub lists (none for an index built here).
    public func remoteShards() -> [RemoteShard] {
        ((try? stubEntries()) ?? []).compactMap { if case .remote(let shard) = $0 { return shard } else { return nil } }
    }

    /// Whether this is a front index over remote shards (`index federate`), by TCP or a program.
    public var isFederated: Bool {
        ((try? stubEntries()) ?? []).contains { if case .local = $0 { return false } else { return true } }
    }

    /// The stub a shard server opens for shard `k` of the live generation.
    public func shardStubPath(_ k: Int) -> String { root + "/XAPIANDB.shard-\(k)" }

    /// Writes one stub per live shard (`XAPIANDB.shard-K`), each atomically,
    /// and removes those of shards that are gone.
    func writeShardStubs(shards: [String]) throws {
        for (k, shard) in shards.enumerated() {
            try writeAtomically(shardStubPath(k), "glass \(shard)\n")
        }
        var k = shards.count
        while FileManager.default.fileExists(atPath: shardStubPath(k)) {
            try? FileManager.default.removeItem(atPath: shardStubPath(k))
            k += 1
        }
    }

    /// Points the stub at `entries`, atomically.
    public func writeStub(entries: [StubEntry]) throws {
        try writeAtomically(stubPath, entries.map { $0.stubLine + "\n" }.joined())
    }

    /// Writes `body` to a temporary file, fsyncs it, renames it over `path`, fsyncs the folder.
    func writeAtomically(_ path: String, _ body: String) throws {
        let temp = path + ".tmp"
        do { try Data(body.utf8).write(to: URL(fileURLWithPath: temp)) } catch {
            throw IndexError.io("cannot write \(temp): \(Self.reason(error))")
        }
        try Self.fsync(path: temp)
        guard rename(temp, path) == 0 else {
            throw IndexError.io("cannot replace \(path): \(String(cString: strerror(errno)))")
        }
        try Self.fsync(path: root)
    }
}
