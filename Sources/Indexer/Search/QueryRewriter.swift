/// Rewrites the user's query text before Xapian parses it: synonym
/// expansion (`~term`, or every term), `path:folder/` without its slash,
/// wildcards over stemmed terms, and title phrases as words (titles are
/// stored without positions).
struct QueryRewriter {
    /// The hidden field through which `field:word*` expands over `Z` terms.
    static func wildcardField(_ field: String) -> String { "zz" + field }

    /// The hidden field through which `field:word*` is expanded on the client,
    /// over every shard at once (`QueryParser.addWildcardField`): `zwtitle:rif`.
    static func expandedWildcardField(_ field: String) -> String { "zw" + field }

    /// A wildcard the rewrite sent to an `expandedWildcardField` (`-zwtitle:rif`).
    static func isExpandedWildcard(_ token: QueryTokens.Token) -> Bool {
        guard case .word(let word) = token else { return false }
        let body = word.drop { $0 == "+" || $0 == "-" }
        guard body.hasPrefix("zw"), let colon = body.firstIndex(of: ":") else { return false }
        let field = String(body[body.index(body.startIndex, offsetBy: 2)..<colon])
        return field.isEmpty || IndexSchema.textFields.contains { $0.field == field }
    }

    var synonyms: SynonymTable

    /// The rewritten text, and whether synonyms were expanded (which users
    /// should be told; the other rewrites are mechanical).
    func rewrite(_ query: String, expandAll: Bool) -> (text: String, expanded: Bool) {
        var unlimited = QueryLimits()
        unlimited.maxTerms = .max
        unlimited.maxWildcards = .max
        let rewritten = rewrite(query, expandAll: expandAll, limits: unlimited)
        return (rewritten.text, rewritten.expanded)
    }

    /// The same within `limits`: synonyms that would take the query past
    /// `maxTerms` terms (words, as `QueryTokens` counts them) are left out, and
    /// wildcards past `maxWildcards` are searched as words.
    func rewrite(_ query: String, expandAll: Bool, limits: QueryLimits) -> RewrittenQuery {
        var tokens = QueryTokens(query).tokens
        var result = RewrittenQuery(text: "")
        var remaining = limits.maxTerms - tokens.reduce(0) { $0 + $1.words }
        // The group of `text`, if it has one and its terms fit in what remains.
        func affordable(_ text: String) -> [String]? {
            guard let group = synonyms.group(of: text) else { return nil }
            let cost = group.reduce(0) { $0 + QueryTokens.wordCount($1[...]) } - QueryTokens.wordCount(text[...])
            guard cost <= remaining else {
                result.synonymsLeftOut = true
                return nil
            }
            remaining -= cost
            return group
        }
        for i in tokens.indices {
            switch tokens[i] {
            case .word(let word) where word.hasPrefix("~"):
                let bare = String(word.dropFirst())
                let group = affordable(bare)
                result.expanded = result.expanded || group != nil
                tokens[i] = .word(group.map(Self.alternatives) ?? bare)
            case .word("XOR"):
                // Xapian 1.4.22 crashes (SIGSEGV) matching XOR over several shards when
                // a side is an OR or a wildcard (`trade XOR (bank OR rate)`): a word here.
                tokens[i] = .word("xor")
            case .word(let word) where Self.isPathFilter(word):
                if word.hasSuffix("/") { tokens[i] = .word(String(word.dropLast())) }
            case .quoted(let phrase) where phrase.hasPrefix("~\""):
                let bare = String(phrase.dropFirst(2).dropLast())
                let group = affordable(bare)
                result.expanded = result.expanded || group != nil
                tokens[i] = .word(group.map(Self.alternatives) ?? "\"\(bare)\"")
            case .word(let word) where tokens[i].isWildcard:
                result.wildcards += 1
                tokens[i] = .word(result.wildcards <= limits.maxWildcards ? Self.wildcard(word) : Self.withoutStars(word))
            case .quoted(let phrase) where phrase.lowercased().hasPrefix("title:\""):
                let words = phrase.dropFirst(7).dropLast().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
                tokens[i] = .word("(" + words.map { "title:\($0)" }.joined(separator: " AND ") + ")")
            default:
                break
            }
        }
        if expandAll {
            // (Not `&result.expanded`: `affordable` writes `result` meanwhile.)
            var expanded = result.expanded
            tokens = expandPhrases(tokens, expanded: &expanded, group: affordable)
            result.expanded = expanded
        }
        result.text = tokens.map(\.text).joined()
        return result
    }

    /// `telecom**` -> `telecom`.
    static func withoutStars(_ word: String) -> String {
        var word = word
        while word.hasSuffix("*") { word.removeLast() }
        return word
    }

    /// Replaces each word run that is a synonym (longest first) with its group,
    /// as `group` gives it.
    private func expandPhrases(_ tokens: [QueryTokens.Token], expanded: inout Bool,
                               group groupOf: (String) -> [String]?) -> [QueryTokens.Token] {
        var out: [QueryTokens.Token] = []
        var i = 0
        let entries: [String] = synonyms.groups.flatMap { $0 }
        let longest = entries.map { $0.split(separator: " ").count }.max() ?? 1
        while i < tokens.count {
            var matched = false
            if case .word(let first) = tokens[i], Self.isPlainWord(first) {
                for length in stride(from: longest, through: 1, by: -1) {
                    guard let run = wordRun(tokens, from: i, words: length),
                          synonyms.group(of: run.phrase) != nil else { continue }
                    guard let group = groupOf(run.phrase) else { break }
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

    /// `telecom*` -> `zw:telecom`, `title:rif*` -> `zwtitle:rif`, keeping a leading +
    /// or -: expanded on the client, over every shard with their summed statistics
    /// (a remote shard would expand an OP_WILDCARD with its own). A word that is
    /// not all letters and digits (`anti-huawei*`) goes to Xapian's own wildcard,
    /// `zz:anti-huawei*`, which a field processor cannot be given.
    static func wildcard(_ word: String) -> String {
        let sign = word.first == "+" || word.first == "-" ? String(word.first!) : ""
        let body = word.dropFirst(sign.count)
        var field = ""
        var rest = body
        if let colon = body.firstIndex(of: ":") {
            field = body[..<colon].lowercased()
            guard IndexSchema.textFields.contains(where: { $0.field == field }) else { return word }
            rest = body[body.index(after: colon)...]
        }
        let stem = withoutStars(String(rest))
        if !stem.isEmpty, stem.allSatisfy({ $0.isLetter || $0.isNumber }) {
            return sign + expandedWildcardField(field) + ":" + stem
        }
        return sign + wildcardField(field) + ":" + rest
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

    /// The wildcards of `query` as typed (`-title:Rif*`), each with the prefix
    /// of the stored terms it expands over (`ZSrif`: `stemPrefix`, the field's
    /// prefix, the lower-cased word). Wildcards of one word only: Xapian splits
    /// `anti-huawei*` into a phrase.
    /// Only the first `limit` wildcards count.
    static func wildcardTerms(_ query: String, stemPrefix: String, limit: Int) -> [(pattern: String, prefix: String)] {
        var seen = Set<String>()
        return QueryTokens(query).tokens.filter(\.isWildcard).prefix(limit).compactMap { token in
            guard case .word(let word) = token else { return nil }
            var body = word.drop { $0 == "+" || $0 == "-" }.dropLast()
            var prefix = stemPrefix
            if let colon = body.firstIndex(of: ":") {
                let field = body[..<colon].lowercased()
                guard let entry = IndexSchema.textFields.first(where: { $0.field == field }) else { return nil }
                prefix += entry.prefix
                body = body[body.index(after: colon)...]
            }
            guard !body.isEmpty, body.allSatisfy({ $0.isLetter || $0.isNumber }) else { return nil }
            prefix += body.lowercased()
            return seen.insert(prefix).inserted ? (String(word.drop { $0 == "+" || $0 == "-" }), prefix) : nil
        }
    }

    /// `path:x/`, `-file:x/`, ...: a path filter with a folder after it.
    static func isPathFilter(_ word: String) -> Bool {
        let body = word.drop { $0 == "+" || $0 == "-" }.lowercased()
        return (body.hasPrefix("path:") || body.hasPrefix("file:")) && body.count > 6
    }

    static func isPlainWord(_ word: String) -> Bool {
        !QueryTokens.isOperator(word) && !word.contains(":")
            && word.first.map { $0.isLetter || $0.isNumber } == true
    }

    static func alternatives(_ group: [String]) -> String {
        "(" + group.map { $0.contains(" ") ? "\"\($0)\"" : $0 }.joined(separator: " OR ") + ")"
    }
}
