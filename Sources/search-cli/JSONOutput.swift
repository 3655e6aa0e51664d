import Foundation

/// The one JSON style of the tool's output: snake_case keys, sorted, one line.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) throws -> String {
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
}
