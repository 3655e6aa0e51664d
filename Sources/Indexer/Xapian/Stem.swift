import CXapianShim

/// A Xapian stemmer for one language ("english", "none", ...).
public final class Stem {
    let handle: OpaquePointer
    public let language: String

    /// Throws `InvalidArgumentError` for a language Xapian does not know.
    public init(language: String) throws {
        handle = try ShimCall.handle { xs_stem_new(language, $0) }
        self.language = language
    }

    deinit { xs_stem_free(handle) }

    /// The stem of `word` (Xapian::Stem's operator()).
    public func callAsFunction(_ word: String) throws -> String {
        try word.withBytes { w, n in try ShimCall.string { len, err in xs_stem_apply(handle, w, n, len, err) } }
    }

    /// The languages this Xapian build can stem.
    public static var availableLanguages: [String] {
        String(cString: xs_stem_get_available_languages()).split(separator: " ").map(String.init)
    }
}
