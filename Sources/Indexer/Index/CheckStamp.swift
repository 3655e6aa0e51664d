#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// `INDEX/check.stamp`: the shards that last passed a full `Database::check`,
/// each with a fingerprint of its files (name, size, inode, ctime). Any write
/// to a file changes its ctime, so a shard whose fingerprint still matches has
/// not changed since it passed, and a quick check need not read its blocks.
/// Losing the file only costs a check; failing to write it is not an error.
enum CheckStamp {
    static func path(_ layout: IndexLayout) -> String { layout.root + "/check.stamp" }

    /// Shard -> fingerprint, from lines `fingerprint shard`.
    static func load(_ layout: IndexLayout) -> [String: String] {
        guard let text = try? String(contentsOfFile: path(layout), encoding: .utf8) else { return [:] }
        var stamps: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            if parts.count == 2 { stamps[String(parts[1])] = String(parts[0]) }
        }
        return stamps
    }

    /// Writes `stamps` atomically (a temporary file renamed over the old one).
    static func save(_ stamps: [String: String], _ layout: IndexLayout) {
        let body = stamps.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)\n" }.joined()
        let temp = path(layout) + ".\(getpid()).tmp"
        guard (try? Data(body.utf8).write(to: URL(fileURLWithPath: temp))) != nil else { return }
        if rename(temp, path(layout)) != 0 { unlink(temp) }
    }

    /// A hash of the name, size, inode and ctime of every file in `folder`;
    /// nil when the folder cannot be read.
    static func fingerprint(_ folder: String) -> String? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
        var text = ""
        for name in names.sorted() {
            var st = stat()
            guard stat(folder + "/" + name, &st) == 0 else { return nil }
            text += "\(name) \(st.st_size) \(st.st_ino) \(st.st_ctim.tv_sec).\(st.st_ctim.tv_nsec)\n"
        }
        return ContentHash.longHex(text)
    }

    static func size(of file: String) -> Int64? {
        var st = stat()
        return stat(file, &st) == 0 ? Int64(st.st_size) : nil
    }
}
