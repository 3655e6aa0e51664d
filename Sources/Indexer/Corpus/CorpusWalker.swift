#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks a corpus folder recursively, in byte order of names, without ever
/// opening a non-regular file. Hidden names (".x") are not visited.
public struct CorpusWalker: Sendable {
    public struct Result: Sendable {
        public var entries: [CorpusEntry] = []
        public var skipped: [(path: String, reason: SkipReason, size: Int64, mtimeNs: Int64)] = []
        /// Regular files whose extension is not an article format.
        public var ignored = 0
    }

    public var root: String
    public var followSymlinks: Bool
    public var extensions: Set<String>

    public init(root: String, followSymlinks: Bool = false, extensions: Set<String> = ArticleFormat.allExtensions) {
        var root = root
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        self.root = root
        self.followSymlinks = followSymlinks
        self.extensions = extensions
    }

    public func walk() -> Result {
        var result = Result()
        result.ignored = walk { item in
            switch item {
            case .entry(let entry): result.entries.append(entry)
            case .skipped(let path, let reason, let size, let mtimeNs): result.skipped.append((path, reason, size, mtimeNs))
            }
        }
        return result
    }

    /// Reports each item to `visit` as it is found, in walk order, holding
    /// nothing but the names of the folders being listed; returns the count
    /// of regular files whose extension is not an article format.
    @discardableResult
    public func walk(_ visit: (CorpusItem) -> Void) -> Int {
        let realRoot = Self.realPath(root) ?? root
        var visited = Set<FileID>()
        if let id = FileID(path: root, follow: true) { visited.insert(id) }
        var ignored = 0
        walk(directory: root, relative: "", realRoot: realRoot, visited: &visited, ignored: &ignored, visit)
        return ignored
    }

    private func walk(directory: String, relative: String, realRoot: String, visited: inout Set<FileID>, ignored: inout Int,
                      _ visit: (CorpusItem) -> Void) {
        guard let names = Self.listDirectory(directory) else {
            if !relative.isEmpty {
                visit(.skipped(path: relative, reason: .unreadable("cannot list folder"), size: 0, mtimeNs: 0))
            }
            return
        }
        // stat relative to the open folder: no walk of the whole path per file.
        let folder = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if folder >= 0 { close(folder) } }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = directory + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var st = stat()
            let found = folder >= 0 ? fstatat(folder, name, &st, AT_SYMLINK_NOFOLLOW) : lstat(path, &st)
            guard found == 0 else { continue }  // gone since listing
            var type = st.st_mode & S_IFMT
            if type == S_IFLNK {
                guard followSymlinks else {
                    visit(.skipped(path: rel, reason: symlinkReason(path, realRoot: realRoot) ?? .symlinkNotFollowed, size: 0, mtimeNs: st.mtimeNs))
                    continue
                }
                if let reason = symlinkReason(path, realRoot: realRoot) {
                    visit(.skipped(path: rel, reason: reason, size: 0, mtimeNs: st.mtimeNs))
                    continue
                }
                guard stat(path, &st) == 0 else { continue }
                type = st.st_mode & S_IFMT
            }
            switch type {
            case S_IFDIR:
                guard visited.insert(FileID(st)).inserted else {
                    visit(.skipped(path: rel, reason: .symlinkLoop, size: 0, mtimeNs: st.mtimeNs))
                    continue
                }
                walk(directory: path, relative: rel, realRoot: realRoot, visited: &visited, ignored: &ignored, visit)
            case S_IFREG:
                guard hasArticleExtension(name) else {
                    ignored += 1
                    continue
                }
                visit(.entry(CorpusEntry(relativePath: rel, absolutePath: path, size: Int64(st.st_size), mtimeNs: st.mtimeNs)))
            default:
                visit(.skipped(path: rel, reason: .notRegularFile(Self.typeName(type)), size: 0, mtimeNs: st.mtimeNs))
            }
        }
    }

    private func hasArticleExtension(_ name: String) -> Bool {
        let bytes = name.utf8
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")) else { return false }
        let ext = String(Substring(bytes[bytes.index(after: dot)...]))
        return extensions.contains(ext) || extensions.contains(ext.lowercased())
    }

    /// Why a symlink must not be followed, or nil if it stays inside the corpus.
    private func symlinkReason(_ path: String, realRoot: String) -> SkipReason? {
        guard let target = Self.realPath(path) else {
            return errno == ELOOP ? .symlinkLoop : .unreadable("dangling symbolic link")
        }
        if target != realRoot && !target.hasPrefix(realRoot == "/" ? "/" : realRoot + "/") { return .symlinkOutsideCorpus }
        return nil
    }

    static func realPath(_ path: String) -> String? {
        guard let raw = realpath(path, nil) else { return nil }
        defer { free(raw) }
        return String(cString: raw)
    }

    static func listDirectory(_ path: String) -> [String]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    static func typeName(_ type: mode_t) -> String {
        switch type {
        case S_IFIFO: return "FIFO"
        case S_IFSOCK: return "socket"
        case S_IFCHR: return "character device"
        case S_IFBLK: return "block device"
        default: return "special file"
        }
    }
}

/// Identifies a file across paths, for loop detection.
struct FileID: Hashable {
    var device: UInt64
    var inode: UInt64

    init(_ st: stat) {
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }

    init?(path: String, follow: Bool) {
        var st = stat()
        guard (follow ? stat(path, &st) : lstat(path, &st)) == 0 else { return nil }
        self.init(st)
    }
}

extension stat {
    var mtimeNs: Int64 { Int64(st_mtim.tv_sec) * 1_000_000_000 + Int64(st_mtim.tv_nsec) }
}
