extension QueryTokens {
    /// Xapian's operators, which search no word themselves.
    static func isOperator(_ word: String) -> Bool {
        if ["AND", "OR", "NOT", "XOR", "NEAR", "ADJ"].contains(word) { return true }
        // NEAR/5, ADJ/2: anything else after the slash is words (`NEAR/0a-a-a…` is a phrase).
        guard let slash = word.firstIndex(of: "/"), ["NEAR", "ADJ"].contains(word[..<slash]) else { return false }
        let digits = word[word.index(after: slash)...]
        return !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
    }

    /// The words `text` searches, as `QueryLimits` counts them: runs of letters
    /// and digits, which `.`, `'`, `’`, `&` and `_` do not end (`U.S.`, `Iran's`
    /// and `AT&T` are one word each; `anti-Huawei` is two).
    static func wordCount(_ text: Substring) -> Int {
        wordEnds(text).count
    }

    /// Where each word of `text` ends.
    static func wordEnds(_ text: Substring) -> [String.Index] {
        var ends: [String.Index] = []
        var inWord = false
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            let next = text.index(after: index)
            if c.isLetter || c.isNumber {
                inWord = true
            } else if inWord && !".'\u{2019}&_".contains(c) {
                ends.append(index)
                inWord = false
            }
            index = next
        }
        if inWord { ends.append(text.endIndex) }
        return ends
    }

    /// `text` without a leading sign and `field:` (`-title:rift` -> `rift`), when it has one.
    static func withoutField(_ text: String) -> Substring? {
        let body = text.drop { $0 == "+" || $0 == "-" || $0 == "~" }
        guard let colon = body.firstIndex(of: ":"), colon > body.startIndex,
              body[..<colon].allSatisfy({ $0.isLetter }) else { return nil }
        return body[body.index(after: colon)...]
    }
}

extension QueryTokens.Token {
    /// The words this token searches: none for operators, spaces and brackets;
    /// one for a `field:word` (filters included); each word of a phrase.
    var words: Int {
        switch self {
        case .word(let word):
            if QueryTokens.isOperator(word) { return 0 }
            if let value = QueryTokens.withoutField(word), !value.hasPrefix("\"") {
                return value.isEmpty ? 0 : 1
            }
            return QueryTokens.wordCount(word[...])
        case .quoted(let phrase):
            return QueryTokens.wordCount(QueryTokens.withoutField(phrase) ?? phrase[...])
        case .space, .other:
            return 0
        }
    }

    /// A trailing wildcard (`telecom*`, `title:rif*`, `zz:telecom*`).
    var isWildcard: Bool {
        if case .word(let word) = self { return word.hasSuffix("*") && word.count > 1 }
        return false
    }
}
