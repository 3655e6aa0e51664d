/// Errors of building and opening an index, each with a one-line message.
public enum IndexError: Error, Sendable, CustomStringConvertible {
    /// Another build holds the index's lock.
    case busy(index: String)
    case corpusNotFound(String)
    case noIndex(String)
    /// The index is there but this user may not read it.
    case cannotRead(String, String)
    case unknownLanguage(String)
    case languageMismatch(index: String, requested: String)
    case io(String)
    case xapian(XapianError)
    /// The index folder cannot hold an index (it holds other files, lies in the corpus, cannot be written).
    case unusableIndexFolder(String, String)
    /// The removal guard stopped the build before it changed anything.
    case refused(String)
    /// The disk filled up; nothing of the batch being written was committed.
    case diskFull(index: String, detail: String)
    /// SIGINT or SIGTERM (or another cancellation) stopped the build at a safe point.
    case interrupted(String)
    /// A fault injected by the tests (`BuildOptions.faults`).
    case injected(step: String, count: Int)

    public var description: String {
        switch self {
        case .busy(let index):
            return "another index build is running on \(index) (it holds the lock); try again later or use --wait SECONDS"
        case .corpusNotFound(let path):
            return "corpus folder not found: \(path)"
        case .cannotRead(let path, let why):
            return "cannot read the index at \(path): \(why); run as its owner, or give this user read access"
        case .noIndex(let path):
            return "no index at \(path); create it with: search-cli index build <corpus> --index \(path)"
        case .unknownLanguage(let language):
            return "unknown language '\(language)'; valid: none, \(Stem.availableLanguages.joined(separator: ", "))"
        case .languageMismatch(let index, let requested):
            return "the index was built with language '\(index)', not '\(requested)'; rebuild with --full to change it"
        case .io(let message):
            return message
        case .xapian(let error):
            return error.description
        case .unusableIndexFolder(let path, let why):
            return "cannot use \(path) as the index folder: \(why)"
        case .refused(let message):
            return message
        case .diskFull(let index, let detail):
            return "the disk is full writing the index at \(index) (\(detail)); nothing half-written was kept: free some space and run the build again"
        case .interrupted(let reason):
            return "build interrupted by \(reason); nothing half-written was kept, and the next build finishes the work"
        case .injected(let step, let count):
            return "injected failure at \(step) #\(count)"
        }
    }
}
