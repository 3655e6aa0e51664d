/// The query cut to its first `QueryLimits.maxWords` words (as
/// `QueryTokens.Token.words` counts them), with the note that says so. The cut
/// leaves no dangling operator, and closes the phrase and brackets it cut into.
struct QueryCut {
    let text: String
    let note: QueryNote?

    init(_ query: String, maxWords: Int) {
        var kept: [QueryTokens.Token] = []
        var words = 0
        var cut = false
        for token in QueryTokens(query).tokens {
            let count = token.words
            if !cut && words + count <= maxWords {
                kept.append(token)
            } else if !cut {
                if let part = Self.first(maxWords - words, of: token) { kept.append(part) }
                cut = true
            }
            words += count
        }
        guard cut else {
            text = query
            note = nil
            return
        }
        text = Self.closed(kept).map(\.text).joined()
        note = .cutToWords(kept: maxWords, words: words)
    }

    /// The token cut after its first `count` words (nil for none).
    private static func first(_ count: Int, of token: QueryTokens.Token) -> QueryTokens.Token? {
        guard count > 0 else { return nil }
        switch token {
        case .word(let word):
            return .word(String(word[..<QueryTokens.wordEnds(word[...])[count - 1]]))
        case .quoted(let phrase):
            let body = QueryTokens.withoutField(phrase) ?? phrase[...]
            return .quoted(String(phrase[..<QueryTokens.wordEnds(body)[count - 1]]) + "\"")
        case .space, .other:
            return nil
        }
    }

    /// `tokens` without trailing spaces, operators and signs, and with their open brackets closed.
    private static func closed(_ tokens: [QueryTokens.Token]) -> [QueryTokens.Token] {
        var tokens = tokens
        while let last = tokens.last, last.words == 0, !last.isClosingBracket {
            tokens.removeLast()
        }
        var open = 0
        for token in tokens {
            if case .other("(") = token { open += 1 }
            if case .other(")") = token, open > 0 { open -= 1 }
        }
        return tokens + Array(repeating: .other(")"), count: open)
    }
}

extension QueryTokens.Token {
    fileprivate var isClosingBracket: Bool {
        if case .other(")") = self { return true }
        return false
    }
}
