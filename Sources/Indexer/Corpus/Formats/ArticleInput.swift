/// One file's contents as a parser sees them: the raw bytes and the text
/// decoded from them (UTF-8, or Windows-1252 when the bytes are not UTF-8).
public struct ArticleInput: Sendable {
    public var path: String
    public var bytes: [UInt8]
    public var text: String
    /// Set when the bytes were not valid UTF-8 and were decoded as this instead.
    public var fallbackEncoding: String?
    /// The offset of the first byte that is not UTF-8, when there is one.
    public var invalidUTF8Offset: Int?

    public init(path: String, bytes: [UInt8], text: String, fallbackEncoding: String? = nil, invalidUTF8Offset: Int? = nil) {
        self.path = path
        self.bytes = bytes
        self.text = text
        self.fallbackEncoding = fallbackEncoding
        self.invalidUTF8Offset = invalidUTF8Offset
    }

    /// Text-only input (tests): UTF-8.
    public init(path: String = "test", text: String) {
        self.init(path: path, bytes: Array(text.utf8), text: text)
    }
}
