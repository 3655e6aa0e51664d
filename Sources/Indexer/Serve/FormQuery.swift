import Foundation

/// A URL's query string as name–value pairs, decoded as browsers encode forms
/// (`application/x-www-form-urlencoded`: `+` is a space, `%HH` a byte), and
/// refused when a name or value is not UTF-8 or has a broken `%` escape.
enum FormQuery {
    static func pairs(_ query: String?) throws(APIError) -> [(name: String, value: String)] {
        guard let query, !query.isEmpty else { return [] }
        var pairs: [(name: String, value: String)] = []
        for field in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = field.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try decoded(parts[0])
            let value = parts.count > 1 ? try decoded(parts[1]) : ""
            pairs.append((name, value))
        }
        return pairs
    }

    private static func decoded(_ text: Substring) throws(APIError) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        guard let decoded = spaced.removingPercentEncoding else {
            throw .badRequest("the query string is not valid: '\(APIQuery.shown(String(text)))' has a broken %-escape or is not UTF-8")
        }
        return decoded
    }
}
