/// Why a file in the corpus was not indexed. Each has a one-line explanation.
public enum SkipReason: Sendable, Equatable, CustomStringConvertible {
    case unreadable(String)
    case binary
    case invalidUTF8(offset: Int)
    case empty
    case tooLarge(size: Int64, limit: Int64)
    case notRegularFile(String)
    case symlinkNotFollowed
    case symlinkLoop
    case symlinkOutsideCorpus
    case vanished
    case changedWhileReading
    /// A build was killed or hung while reading or parsing it.
    case poisoned
    /// A folder more than `limit` levels below the corpus folder: not walked.
    case tooDeep(limit: Int)
    /// A name that is not UTF-8 whose escaped form is another file's name.
    case nameTaken(String)

    public var description: String {
        switch self {
        case .unreadable(let why): return "cannot be read (\(why))"
        case .binary: return "binary file, not text"
        case .invalidUTF8(let offset): return "not valid UTF-8 (first bad byte at offset \(offset))"
        case .empty: return "empty file"
        case .tooLarge(let size, let limit): return "too large (\(size) bytes; the limit is \(limit))"
        case .notRegularFile(let what): return "not a regular file (\(what)), not opened"
        case .symlinkNotFollowed: return "symbolic link, not followed (use --follow-symlinks)"
        case .symlinkLoop: return "symbolic link loop, not followed"
        case .symlinkOutsideCorpus: return "symbolic link to outside the corpus, not followed"
        case .vanished: return "vanished before it could be read"
        case .changedWhileReading: return "changed while being read; it will be retried on the next build"
        case .poisoned: return "an earlier build stopped (killed or hung) while reading it; skipped until it changes"
        case .tooDeep(let limit): return "folder nested deeper than \(limit) levels below the corpus folder, not walked"
        case .nameTaken(let name): return "name is not UTF-8, and its escaped form is the name of another file (\(name)), not read"
        }
    }

    /// A short stable tag for summaries and JSON.
    public var tag: String {
        switch self {
        case .unreadable: return "unreadable"
        case .binary: return "binary"
        case .invalidUTF8: return "invalid-utf8"
        case .empty: return "empty"
        case .tooLarge: return "too-large"
        case .notRegularFile: return "not-regular"
        case .symlinkNotFollowed, .symlinkLoop, .symlinkOutsideCorpus: return "symlink"
        case .vanished: return "vanished"
        case .changedWhileReading: return "changed-while-reading"
        case .poisoned: return "poisoned"
        case .tooDeep: return "too-deep"
        case .nameTaken: return "name-taken"
        }
    }
}
