/// The parameters of one API request (`/api/search?q=…&limit=…`), checked:
/// each known to the endpoint, given once, and within the range the
/// command line accepts (the page size within `ServeLimits.pageSize`). A
/// mistake is a 400 naming the parameter, never a silently ignored value.
public struct APIQuery: Sendable {
    private let values: [String: String]

    /// `pairs` in the order the URL gives them; `allowed` the endpoint's names.
    public init(_ pairs: [(name: String, value: String)], allowed: Set<String>) throws(APIError) {
        var values: [String: String] = [:]
        for (name, value) in pairs {
            guard allowed.contains(name) else {
                throw .badRequest("unknown parameter '\(Self.shown(name))'; this endpoint takes \(allowed.sorted().joined(separator: ", "))")
            }
            guard values[name] == nil else { throw .badRequest("parameter '\(name)' is given more than once") }
            values[name] = value
        }
        self.values = values
    }

    public func string(_ name: String) -> String? { values[name] }

    /// A value that must be there, of at most `maxCharacters` characters.
    public func required(_ name: String, maxCharacters: Int) throws(APIError) -> String {
        guard let value = values[name], !value.allSatisfy(\.isWhitespace) else {
            throw .badRequest("parameter '\(name)' is missing or empty")
        }
        let count = value.unicodeScalars.count
        guard count <= maxCharacters else {
            throw .badRequest("parameter '\(name)' is \(Digits.grouped(count)) characters long; the limit is \(Digits.grouped(maxCharacters))")
        }
        return value
    }

    public func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws(APIError) -> Int {
        guard let text = values[name] else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw .badRequest("parameter '\(name)' must be a whole number from \(Digits.range(range)) (got '\(Self.shown(text))')")
        }
        return value
    }

    /// `true`/`1` or `false`/`0`; absent is `fallback`.
    public func flag(_ name: String, default fallback: Bool) throws(APIError) -> Bool {
        switch values[name] {
        case nil: return fallback
        case "true", "1": return true
        case "false", "0": return false
        case let text?: throw .badRequest("parameter '\(name)' must be true or false (got '\(Self.shown(text))')")
        }
    }

    public func choice<T: RawRepresentable & CaseIterable>(_ name: String, default fallback: T) throws(APIError) -> T
    where T.RawValue == String {
        guard let text = values[name] else { return fallback }
        guard let value = T(rawValue: text) else {
            let names = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw .badRequest("parameter '\(name)' must be one of \(names) (got '\(Self.shown(text))')")
        }
        return value
    }

    /// A value as an error message shows it: at most 100 characters.
    static func shown(_ text: String) -> String {
        text.count <= 100 ? text : String(text.prefix(100)) + "…"
    }
}
