import Foundation

/// The one JSON style of the tool's output: snake_case keys, sorted, one line.
/// Every object it writes has a JSON Schema in `schemas/` and says its
/// `format_version`; the CLI and a server share these types and this encoder.
public enum JSONOutput {
    /// The version of every JSON shape in `schemas/`: raised when a field is
    /// removed, renamed or changes type (new optional fields keep it).
    public static let formatVersion = 1

    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return escapeSeparators(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// U+2028 and U+2029 are valid in JSON strings but end a line in
    /// JavaScript and in some log readers: always written escaped (they can
    /// only stand inside strings, so this keeps the JSON equal).
    static func escapeSeparators(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { $0.value == 0x2028 || $0.value == 0x2029 }) else { return json }
        return json.replacingOccurrences(of: "\u{2028}", with: "\\u2028").replacingOccurrences(of: "\u{2029}", with: "\\u2029")
    }

    /// `seconds` since 1970 as ISO 8601 in UTC, to the millisecond (`2026-12-02T00:20:00.123Z`).
    static func iso8601(seconds: Double) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }

    /// An article's file on disk: `corpus/path`, when the corpus is known.
    static func absolutePath(corpus: String?, path: String) -> String? {
        guard let corpus, !corpus.isEmpty else { return nil }
        return corpus.hasSuffix("/") ? corpus + path : corpus + "/" + path
    }
}
