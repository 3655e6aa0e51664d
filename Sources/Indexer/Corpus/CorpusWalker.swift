#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks a corpus folder, depth first and in byte order of names, without ever
/// opening a non-regular file. Hidden names (".x") are not visited. The walk
/// keeps its own stack of folders rather than recursing, so no folder tree can
/// overflow the thread's stack; folders more than `CorpusLimits.folderDepth`
/// levels down are skipped (`too-deep`). Names that are not UTF-8 are walked
/// under their escaped form (`PathName`).
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
    public var maxDepth: Int

    public init(root: String, followSymlinks: Bool = false, extensions: Set<String> = ArticleFormat.allExtensions,
                maxDepth: Int = CorpusLimits.folderDepth) {
        var root = root
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        self.root = root
        self.followSymlinks = followSymlinks
        self.extensions = extensions
        self.maxDepth = maxDepth
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
        let rootPath = Array(root.utf8)
        var state = WalkState(realRoot: Self.realPath(rootPath) ?? rootPath)
        if let id = FileID(path: rootPath, follow: true) { state.visited.insert(id) }
        var stack: [FolderFrame] = []
        if let frame = FolderFrame(path: rootPath, relative: "", depth: 0) { stack.append(frame) }
        while !stack.isEmpty {
            guard let name = stack[stack.count - 1].nextName() else {
                var done = stack.removeLast()
                done.suspend()
                if !stack.isEmpty { stack[stack.count - 1].resume() }
                continue
            }
            if let folder = visitChild(name, of: stack[stack.count - 1], &state, visit) {
                stack[stack.count - 1].suspend()
                stack.append(folder)
            }
        }
        return state.ignored
    }

    /// What the walk carries from folder to folder.
    private struct WalkState {
        var realRoot: [UInt8]
        var visited = Set<FileID>()
        var ignored = 0
    }

    /// Reports one child of `frame`; returns the folder to walk next when the
    /// child is one to descend into.
    private func visitChild(_ name: FolderFrame.Name, of frame: FolderFrame, _ state: inout WalkState,
                            _ visit: (CorpusItem) -> Void) -> FolderFrame? {
        let path = frame.childPath(name)
        let rel = frame.childRelative(name)
        guard !name.taken else {
            visit(.skipped(path: rel + " (not UTF-8)", reason: .nameTaken(name.display), size: 0, mtimeNs: 0))
            return nil
        }
        guard var st = frame.lstat(name) else { return nil }  // gone since listing
        var type = st.st_mode & S_IFMT
        if type == S_IFLNK {
            let reason = symlinkReason(path, realRoot: state.realRoot)
            guard followSymlinks, reason == nil else {
                visit(.skipped(path: rel, reason: reason ?? .symlinkNotFollowed, size: 0, mtimeNs: st.mtimeNs))
                return nil
            }
            guard PathName.withCString(path, { stat($0, &st) }) == 0 else { return nil }
            type = st.st_mode & S_IFMT
        }
        switch type {
        case S_IFDIR:
            return descend(into: path, rel, depth: frame.depth + 1, st, &state, visit)
        case S_IFREG:
            guard hasArticleExtension(name.display) else {
                state.ignored += 1
                return nil
            }
            let absolute = root + "/" + rel
            visit(.entry(CorpusEntry(relativePath: rel, absolutePath: absolute, size: Int64(st.st_size), mtimeNs: st.mtimeNs)))
        default:
            visit(.skipped(path: rel, reason: .notRegularFile(Self.typeName(type)), size: 0, mtimeNs: st.mtimeNs))
        }
        return nil
    }

    private func descend(into path: [UInt8], _ rel: String, depth: Int, _ st: stat, _ state: inout WalkState,
                         _ visit: (CorpusItem) -> Void) -> FolderFrame? {
        guard depth <= maxDepth else {
            visit(.skipped(path: rel, reason: .tooDeep(limit: maxDepth), size: 0, mtimeNs: st.mtimeNs))
            return nil
        }
        guard state.visited.insert(FileID(st)).inserted else {
            visit(.skipped(path: rel, reason: .symlinkLoop, size: 0, mtimeNs: st.mtimeNs))
            return nil
        }
        guard let folder = FolderFrame(path: path, relative: rel, depth: depth) else {
            visit(.skipped(path: rel, reason: .unreadable("cannot list folder"), size: 0, mtimeNs: 0))
            return nil
        }
        return folder
    }

    private func hasArticleExtension(_ name: String) -> Bool {
        let bytes = name.utf8
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")) else { return false }
        let ext = String(Substring(bytes[bytes.index(after: dot)...]))
        return extensions.contains(ext) || extensions.contains(ext.lowercased())
    }

    /// Why a symlink must not be followed, or nil if it stays inside the corpus.
    private func symlinkReason(_ path: [UInt8], realRoot: [UInt8]) -> SkipReason? {
        guard let target = Self.realPath(path) else {
            return errno == ELOOP ? .symlinkLoop : .unreadable("dangling symbolic link")
        }
        let inside = realRoot == [UInt8(ascii: "/")] ? [UInt8(ascii: "/")] : realRoot + [UInt8(ascii: "/")]
        if target != realRoot && !target.starts(with: inside) { return .symlinkOutsideCorpus }
        return nil
    }

    static func realPath(_ path: String) -> String? {
        realPath(Array(path.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    static func realPath(_ path: [UInt8]) -> [UInt8]? {
        guard let raw = PathName.withCString(path, { realpath($0, nil) }) else { return nil }
        defer { free(raw) }
        return Array(UnsafeBufferPointer(start: raw, count: strlen(raw))).map { UInt8(bitPattern: $0) }
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

    init?(path: [UInt8], follow: Bool) {
        var st = stat()
        guard PathName.withCString(path, { follow ? stat($0, &st) : lstat($0, &st) }) == 0 else { return nil }
        self.init(st)
    }
}

extension stat {
    var mtimeNs: Int64 { Int64(st_mtim.tv_sec) * 1_000_000_000 + Int64(st_mtim.tv_nsec) }
}
