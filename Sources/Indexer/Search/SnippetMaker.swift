/// Makes each hit's snippet for one query: the stretch of the passage, about `length`
/// bytes, that holds the most distinct query words, with every word that matches the
/// query marked. A word matches when it, or its stem, is one of the query's terms on
/// passage text (so `banning` is marked for `ban`, and each word of a phrase is marked),
/// or when it starts with the prefix of one of the query's wildcards (`telecom*`).
///
/// This replaces `MSet::snippet`, which stemmed every word of every passage shown (about
/// four times the instructions of this), left wildcards unmarked, and could choose a
/// stretch without the phrase that matched.
final class SnippetMaker {
    private let words: Set<String>
    private let prefixes: [String]
    private let stem: Stem
    /// Stemmers that only ever change the end of a word: a word can only stem to a
    /// query stem that starts with the same letter, so other words need no stemming.
    private let firstBytes: Set<UInt8>?
    private var stems: [String: String] = [:]

    static let suffixStemmers: Set<String> = ["english", "en", "porter", "lovins", "earlyenglish", "none"]

    /// `terms` are the query's terms as stored (`Zban`, `ZXTsoldier`); only those on
    /// the text count: unprefixed ones, and those of `fields` (captions, for
    /// passage text; `IndexSchema.titlePrefix` for a title). No credit, path or kind terms.
    init(terms: [String], stemPrefix: String, wildcardPrefixes: [String], stem: Stem,
         fields: [String] = [IndexSchema.captionPrefix]) {
        var words = Set<String>()
        for term in terms {
            guard term.hasPrefix(stemPrefix) else { continue }
            var body = Substring(term.dropFirst(stemPrefix.count))
            if let field = fields.first(where: { body.hasPrefix($0) }) { body = body.dropFirst(field.count) }
            guard let first = body.first, !first.isUppercase else { continue }
            words.insert(String(body))
        }
        self.words = words
        prefixes = wildcardPrefixes.map { $0.lowercased() }.filter { !$0.isEmpty }
        self.stem = stem
        let initials = (Array(words) + prefixes).compactMap { $0.utf8.first }
        firstBytes = Self.suffixStemmers.contains(stem.language) ? Set(initials) : nil
    }

    func snippet(_ text: String, length: Int, omit: String = "…") -> Snippet {
        var text = text
        return text.withUTF8 { bytes in
            let split = SnippetWords(bytes)
            let found = split.words
            let ids = found.map { matchID($0, in: split) }
            let window = Self.window(found, ids: ids, length: length, bytes: bytes)
            var fragments: [Snippet.Fragment] = []
            var plain = window.start > 0 ? omit : ""
            var cursor = window.start
            func slice(_ from: Int, _ to: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self) }
            for i in window.words where ids[i] != nil {
                plain += slice(cursor, found[i].start)
                if !plain.isEmpty { fragments.append(.init(text: plain, isMatch: false)) }
                fragments.append(.init(text: slice(found[i].start, found[i].end), isMatch: true))
                plain = ""
                cursor = found[i].end
            }
            plain += slice(cursor, window.end)
            if window.end < bytes.count { plain += omit }
            if !plain.isEmpty { fragments.append(.init(text: plain, isMatch: false)) }
            return Snippet(fragments: fragments)
        }
    }

    /// Which query word `word` matches (its key or stem), or nil.
    private func matchID(_ word: SnippetWords.Word, in split: SnippetWords) -> String? {
        if let firstBytes, !firstBytes.contains(split.firstKeyByte(word)) { return nil }
        let key = split.key(word)
        if words.contains(key) { return key }
        for prefix in prefixes where key.hasPrefix(prefix) { return prefix + "*" }
        if words.isEmpty { return nil }
        let stemmed: String
        if let cached = stems[key] {
            stemmed = cached
        } else {
            stemmed = (try? stem(key)) ?? key
            stems[key] = stemmed
        }
        return words.contains(stemmed) ? stemmed : nil
    }

    /// The words shown and the byte range they span: the first stretch of at most
    /// `length` bytes with the most distinct matches (then the most matches), moved
    /// back to the start of its sentence when that still fits, else to a little
    /// before its first match.
    static func window(_ words: [SnippetWords.Word], ids: [String?], length: Int, bytes: UnsafeBufferPointer<UInt8>)
        -> (words: Range<Int>, start: Int, end: Int) {
        if bytes.count <= length { return (0..<words.count, 0, bytes.count) }
        guard !words.isEmpty else {
            var end = length
            while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }  // not inside a character
            return (0..<0, 0, end)
        }
        var counts: [String: Int] = [:]
        var distinct = 0, total = 0
        var best = (score: -1, from: 0, to: 0)
        var end = 0
        for start in words.indices {
            if end <= start { end = start }
            while end < words.count, end == start || words[end].end - words[start].start <= length {
                if let id = ids[end] { counts[id, default: 0] += 1; total += 1; if counts[id] == 1 { distinct += 1 } }
                end += 1
            }
            let score = distinct * 10_000 + total
            if score > best.score { best = (score, start, end) }
            if let id = ids[start] { counts[id]! -= 1; total -= 1; if counts[id] == 0 { distinct -= 1 } }
        }
        let matched = (best.from..<best.to).filter { ids[$0] != nil }
        var from = best.from
        if let first = matched.first, let last = matched.last {
            let span = words[last].end - words[first].start
            let lead = (length - span) / 4
            from = first
            var k = isSentenceStart(words, first, bytes) ? 0 : first
            while k > 0, words[last].end - words[k - 1].start <= length {
                k -= 1
                if isSentenceStart(words, k, bytes) { from = k; break }
                if words[first].start - words[k].start <= lead { from = k }
            }
        }
        var to = from + 1
        while to < words.count, words[to].end - words[from].start <= length { to += 1 }
        let startByte = from == 0 ? 0 : words[from].start
        var endByte = to == words.count ? bytes.count : words[to - 1].end
        while endByte < bytes.count, endByte - startByte < length + 8, isClosing(bytes[endByte]) { endByte += 1 }
        return (from..<to, startByte, endByte)
    }

    private static func isSentenceStart(_ words: [SnippetWords.Word], _ k: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard k > 0 else { return true }
        var i = words[k].start - 1
        while i > words[k - 1].end, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\"") { i -= 1 }
        return [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[i])
    }

    private static func isClosing(_ byte: UInt8) -> Bool {
        [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
         UInt8(ascii: ")"), UInt8(ascii: "\""), UInt8(ascii: "'")].contains(byte)
    }
}
