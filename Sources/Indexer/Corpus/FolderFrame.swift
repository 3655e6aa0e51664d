#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One folder on the walk's stack: its visible names in walk order, how far the
/// walk is through them, and, while it is the folder being walked, an open
/// descriptor that names are `stat`ed relative to (no walk of the whole path
/// per file). Only the top frame holds a descriptor, so a deep walk holds one.
struct FolderFrame {
    struct Name {
        /// As recorded and shown: the name itself, or its escaped form (`PathName`).
        var display: String
        var raw: [UInt8]
        /// Not UTF-8, and its escaped form is the name of another file here.
        var taken: Bool
    }

    let path: [UInt8]
    let relative: String
    let depth: Int
    private let names: [Name]
    private var next = 0
    private var descriptor: Int32 = -1

    /// Nil when the folder cannot be listed.
    init?(path: [UInt8], relative: String, depth: Int) {
        guard let names = Self.list(path) else { return nil }
        self.path = path
        self.relative = relative
        self.depth = depth
        self.names = names
        resume()
    }

    mutating func nextName() -> Name? {
        guard next < names.count else { return nil }
        next += 1
        return names[next - 1]
    }

    func childPath(_ name: Name) -> [UInt8] { path + [UInt8(ascii: "/")] + name.raw }

    func childRelative(_ name: Name) -> String { relative.isEmpty ? name.display : relative + "/" + name.display }

    /// What `lstat` says about a child; nil when it is gone since the listing.
    func lstat(_ name: Name) -> stat? {
        var st = stat()
        let found = descriptor >= 0
            ? PathName.withCString(name.raw) { fstatat(descriptor, $0, &st, AT_SYMLINK_NOFOLLOW) }
            : PathName.withCString(childPath(name)) { Glibc.lstat($0, &st) }
        return found == 0 ? st : nil
    }

    /// Closes the descriptor while a subfolder is walked.
    mutating func suspend() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
    }

    /// Opens it again (stat falls back to whole paths if that fails).
    mutating func resume() {
        guard descriptor < 0 else { return }
        descriptor = PathName.withCString(path) { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
    }

    /// The visible names (not starting with "."), sorted as the walk always
    /// has: by their Strings, which for UTF-8 names is byte order.
    static func list(_ path: [UInt8]) -> [Name]? {
        guard let dir = PathName.withCString(path, { opendir($0) }) else { return nil }
        defer { closedir(dir) }
        var names: [Name] = []
        while let entry = readdir(dir) {
            let raw = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard raw.first != UInt8(ascii: ".") else { continue }  // hidden, ".", ".."
            names.append(Name(display: PathName.display(raw), raw: raw, taken: false))
        }
        let plain = Set(names.lazy.filter { $0.display.utf8.elementsEqual($0.raw) }.map(\.display))
        for i in names.indices where !names[i].display.utf8.elementsEqual(names[i].raw) {
            names[i].taken = plain.contains(names[i].display)
        }
        return names.sorted { $0.display < $1.display }
    }
}
