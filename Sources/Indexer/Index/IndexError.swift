/// Errors of building and opening an index, each with a one-line message.
public enum IndexError: Error, Sendable, CustomStringConvertible {
    /// Another build holds the index's lock.
    case busy(index: String)
    case corpusNotFound(String)
    case noIndex(String)
    case unknownLanguage(String)
    case languageMismatch(index: String, requested: String)
    case io(String)
    case xapian(XapianError)

    public var description: String {
        switch self {
        case .busy(let index):
            return "another index build is running on \(index) (it holds the lock); try again later or use --wait SECONDS"
        case .corpusNotFound(let path):
            return "corpus folder not found: \(path)"
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
        }
    }
}
