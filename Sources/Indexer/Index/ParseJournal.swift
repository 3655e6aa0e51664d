#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The file each shard is reading and parsing right now, kept in
/// `INDEX/parsing-K` so that a build killed or hung on a file (a parser
/// pathology, a stalled mount) names it to the next build.
///
/// Two strikes make a poison file: the next build reads the file again
/// (a `kill -9` that happens to land while a file is parsed must not cost
/// that file its place in the index), and if that build stops on it too,
/// the one after records it as failing (`SkipReason.poisoned`) with one
/// warning, and retries it only once it changes.
///
/// One entry, "strikes size mtime path", written before the file is read
/// and removed once it is parsed: a few small system calls per file read.
/// Used by its shard's thread only.
final class ParseJournal {
    /// A file a build was reading when it stopped.
    struct Entry: Sendable, Equatable {
        var size: Int64
        var mtimeNs: Int64
        /// Builds that stopped while reading it, this one's included.
        var strikes = 1

        /// Whether it names `entry` as the walk found it now (same size and mtime).
        func names(_ entry: CorpusEntry) -> Bool { size == entry.size && mtimeNs == entry.mtimeNs }
    }

    /// Strikes that make a file poison.
    static let strikesToPoison = 2

    static let prefix = "parsing-"
    private let fd: Int32
    private var active = false

    /// Opens (creating) shard `shard`'s journal in `layout`, or nil when it
    /// cannot be written (the build then goes on without one).
    init?(_ layout: IndexLayout, shard: Int) {
        fd = open(layout.absolute(Self.prefix + String(shard)), O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return nil }
        _ = ftruncate(fd, 0)
    }

    deinit { close(fd) }

    /// Names `entry`, which earlier builds stopped on `strikes - 1` times.
    func begin(_ entry: CorpusEntry, strikes: Int = 1) {
        let line = Array("\(strikes) \(entry.size) \(entry.mtimeNs) \(entry.relativePath)".utf8)
        _ = ftruncate(fd, 0)
        _ = line.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        active = true
    }

    func end() {
        guard active else { return }
        _ = ftruncate(fd, 0)
        active = false
    }

    /// The files the journals of `layout` name: what earlier builds were
    /// reading when they stopped, by path.
    static func read(_ layout: IndexLayout) -> [String: Entry] {
        var entries: [String: Entry] = [:]
        for name in journalNames(layout) {
            guard let data = FileManager.default.contents(atPath: layout.absolute(name)), !data.isEmpty else { continue }
            let parts = data.split(separator: UInt8(ascii: " "), maxSplits: 3, omittingEmptySubsequences: false)
            let numbers = parts.prefix(3).compactMap { Int64(String(decoding: $0, as: UTF8.self)) }
            guard parts.count == 4, numbers.count == 3 else { continue }
            entries[String(decoding: parts[3], as: UTF8.self)] = Entry(size: numbers[1], mtimeNs: numbers[2], strikes: Int(numbers[0]))
        }
        return entries
    }

    /// Removes the journals of shards `count` and above (0: all of them,
    /// once a build has committed).
    static func removeJournals(_ layout: IndexLayout, from count: Int) {
        for name in journalNames(layout) where Int(name.dropFirst(prefix.count)).map({ $0 >= count }) ?? false {
            unlink(layout.absolute(name))
        }
    }

    static func isJournalName(_ name: String) -> Bool {
        name.hasPrefix(prefix) && name.count > prefix.count && name.dropFirst(prefix.count).allSatisfy(\.isNumber)
    }

    private static func journalNames(_ layout: IndexLayout) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: layout.root)) ?? []).filter(isJournalName)
    }
}
