/// The query split into words, quoted phrases, and the spaces and brackets between.
struct QueryTokens {
    enum Token {
        case word(String)
        case quoted(String)
        case space(String)
        case other(String)

        var text: String {
            switch self {
            case .word(let s), .quoted(let s), .space(let s), .other(let s): return s
            }
        }
    }

    var tokens: [Token] = []

    init(_ query: String) {
        var current = ""
        var inQuote = false
        func flush() {
            if !current.isEmpty { tokens.append(.word(current)); current = "" }
        }
        for c in query {
            if inQuote {
                current.append(c)
                if c == "\"" { tokens.append(.quoted(current)); current = ""; inQuote = false }
            } else if c == "\"" {
                // A quote after a field (title:"...") or ~ stays with its phrase.
                if current.hasSuffix(":") || current == "~" { current.append(c) } else { flush(); current = "\"" }
                inQuote = true
            } else if c.isWhitespace {
                flush()
                tokens.append(.space(String(c)))
            } else if c == "(" || c == ")" {
                flush()
                tokens.append(.other(String(c)))
            } else {
                current.append(c)
            }
        }
        if inQuote { tokens.append(.quoted(current)) } else { flush() }
    }
}
