/// Rewrites the user's query text before Xapian parses it: synonym
/// expansion (`~term`, or every term), `path:folder/` without its slash,
/// wildcards over stemmed terms, and title phrases as words (titles are
/// stored without positions).
struct QueryRewriter {
    /// The hidden field through which `field:word*` expands over `Z` terms.
    static func wildcardField(_ field: String) -> String { "zz" + field }

    var synonyms: SynonymTable

    /// The rewritten text, and whether synonyms were expanded (which users
    /// should be told; the other rewrites are mechanical).
    func rewrite(_ query: String, expandAll: Bool) -> (text: String, expanded: Bool) {
        var tokens = QueryTokens(query).tokens
        var expanded = false
        for i in tokens.indices {
            switch tokens[i] {
            case .word(let word) where word.hasPrefix("~"):
                let bare = String(word.dropFirst())
                let group = synonyms.group(of: bare)
                expanded = expanded || group != nil
                tokens[i] = .word(group.map(Self.alternatives) ?? bare)
            case .word("XOR"):
                // Xapian 1.4.22 crashes (SIGSEGV) matching XOR over several shards when
                // a side is an OR or a wildcard (`trade XOR (bank OR rate)`): a word here.
                tokens[i] = .word("xor")
            case .word(let word) where Self.isPathFilter(word):
                if word.hasSuffix("/") { tokens[i] = .word(String(word.dropLast())) }
            case .quoted(let phrase) where phrase.hasPrefix("~\""):
                let bare = String(phrase.dropFirst(2).dropLast())
                let group = synonyms.group(of: bare)
                expanded = expanded || group != nil
                tokens[i] = .word(group.map(Self.alternatives) ?? "\"\(bare)\"")
            case .word(let word) where word.hasSuffix("*") && word.count > 1:
                tokens[i] = .word(Self.wildcard(word))
            case .quoted(let phrase) where phrase.lowercased().hasPrefix("title:\""):
                let words = phrase.dropFirst(7).dropLast().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
                tokens[i] = .word("(" + words.map { "title:\($0)" }.joined(separator: " AND ") + ")")
            default:
                break
            }
        }
        if expandAll {
            tokens = expandPhrases(tokens, expanded: &expanded)
        }
        return (tokens.map(\.text).joined(), expanded)
    }

    /// Replaces each word run that is a synonym (longest first) with its group.
    private func expandPhrases(_ tokens: [QueryTokens.Token], expanded: inout Bool) -> [QueryTokens.Token] {
        var out: [QueryTokens.Token] = []
        var i = 0
        let entries: [String] = synonyms.groups.flatMap { $0 }
        let longest = entries.map { $0.split(separator: " ").count }.max() ?? 1
        while i < tokens.count {
            var matched = false
            if case .word(let first) = tokens[i], Self.isPlainWord(first) {
                for length in stride(from: longest, through: 1, by: -1) {
                    guard let run = wordRun(tokens, from: i, words: length),
                          let group = synonyms.group(of: run.phrase) else { continue }
                    out.append(.word(Self.alternatives(group)))
                    i = run.end
                    matched = true
                    expanded = true
                    break
                }
            }
            if !matched {
                out.append(tokens[i])
                i += 1
            }
        }
        return out
    }

    /// `words` plain words starting at token `start`, separated by single spaces.
    private func wordRun(_ tokens: [QueryTokens.Token], from start: Int, words: Int) -> (phrase: String, end: Int)? {
        var parts: [String] = []
        var i = start
        while parts.count < words, i < tokens.count {
            guard case .word(let word) = tokens[i], Self.isPlainWord(word) else { return nil }
            parts.append(word)
            i += 1
            if parts.count < words {
                guard i < tokens.count, case .space(" ") = tokens[i] else { return nil }
                i += 1
            }
        }
        return parts.count == words ? (parts.joined(separator: " "), i) : nil
    }

    /// `telecom*` -> `zz:telecom*`, `title:rif*` -> `zztitle:rif*`, keeping a leading + or -.
    static func wildcard(_ word: String) -> String {
        let sign = word.first == "+" || word.first == "-" ? String(word.first!) : ""
        let body = word.dropFirst(sign.count)
        if let colon = body.firstIndex(of: ":") {
            let field = body[..<colon].lowercased()
            guard IndexSchema.textFields.contains(where: { $0.field == field }) else { return word }
            return sign + wildcardField(field) + body[colon...]
        }
        return sign + wildcardField("") + ":" + body
    }

    /// The prefixes of the wildcards of `query` that match passage text: `telecom` for
    /// `telecom*` and `caption:sold*` (not for other fields, whose words are not shown).
    static func wildcardPrefixes(_ query: String) -> [String] {
        QueryTokens(query).tokens.compactMap { token in
            guard case .word(let word) = token, word.hasSuffix("*"), word.count > 1 else { return nil }
            var body = word.drop { $0 == "+" || $0 == "-" }.dropLast()
            if let colon = body.firstIndex(of: ":") {
                guard body[..<colon].lowercased() == "caption" else { return nil }
                body = body[body.index(after: colon)...]
            }
            return body.isEmpty ? nil : body.lowercased()
        }
    }

    /// `path:x/`, `-file:x/`, ...: a path filter with a folder after it.
    static func isPathFilter(_ word: String) -> Bool {
        let body = word.drop { $0 == "+" || $0 == "-" }.lowercased()
        return (body.hasPrefix("path:") || body.hasPrefix("file:")) && body.count > 6
    }

    static func isPlainWord(_ word: String) -> Bool {
        !["AND", "OR", "NOT", "XOR", "NEAR", "ADJ"].contains(word) && !word.contains(":")
            && word.first.map { $0.isLetter || $0.isNumber } == true
    }

    static func alternatives(_ group: [String]) -> String {
        "(" + group.map { $0.contains(" ") ? "\"\($0)\"" : $0 }.joined(separator: " OR ") + ")"
    }
}
