/// Seeded hostile queries: operators, brackets and quotes in any order, field
/// prefixes, wildcards, synonyms, huge numbers, control and format characters,
/// very long words. The same seed gives the same queries on every run.
public struct QueryFuzzer {
    private var rng: SplitMix64

    public init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    static let words = ["oil", "prices", "bank", "rate", "grain", "wheat", "minister", "said", "market", "shares",
                        "company", "quarter", "profit", "trade", "ship", "metal", "central", "the", "zebu001", "Reuters",
                        "U.S.", "anti-Huawei", "Iran's", "5G", "caf\u{E9}", "stra\u{DF}e", "\u{65E5}\u{672C}"]
    static let operators = ["AND", "OR", "NOT", "XOR", "NEAR", "NEAR/5", "ADJ/2", "ADJ", "and", "or", "NEAR/0",
                            "NEAR/99999999999", "+", "-", "--", "++", "~", "*", "**", "\"", "(", ")", "((", "))", ":", "..", "#"]
    static let fields = ["title:", "caption:", "credit:", "section:", "byline:", "author:", "place:", "kind:", "format:",
                         "path:", "file:", "date:", "after:", "before:", "zz:", "zztitle:", "Q", "XK", "unknown:"]
    static let odd = ["4294967296", "4294967295", "-1", "99999999999999999999", "1e308", "0x7fffffff", "date:2024-13-45..0000",
                      "date:..", "date:9999-99-99..", "after:yesterday", "kind:", "path:/", "file:../../etc/passwd", "\u{1B}[31m",
                      "\t", "\u{7F}", "\u{202E}", "\u{2028}", "\u{2029}", "\u{85}", "\u{200B}", "\u{FEFF}", "e\u{301}",
                      "\u{1F600}", "\u{1F1E9}\u{1F1EA}", "\\", "%s%n", "'", "`", "~\"united states\"", "~us", "~", "*x", "x**",
                      "title:\"", "\"\"", "()", "(*)", "-(", "+\"", "NOT(", "a:b:c:d"]

    /// A word of the generated articles' vocabulary.
    public mutating func word() -> String { rng.pick(Self.words) }

    /// One hostile query (never with a newline or NUL, so it fits one line and argv).
    public mutating func query() -> String {
        var parts: [String] = []
        for _ in 0..<rng.between(1...12) { parts.append(piece()) }
        let separators = [" ", " ", " ", "", "  ", "\t"]
        return parts.reduce("") { $0 + ($0.isEmpty ? "" : rng.pick(separators)) + $1 }
    }

    /// Bytes for a batch line: a query, sometimes with invalid UTF-8 or a NUL in it.
    public mutating func batchLine() -> [UInt8] {
        var bytes = Array(query().utf8)
        if rng.chance(15) {
            let bad: [[UInt8]] = [[0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0x00], [0xF4, 0x90, 0x80, 0x80]]
            bytes.insert(contentsOf: rng.pick(bad), at: rng.below(bytes.count + 1))
        }
        return bytes
    }

    private mutating func piece() -> String {
        switch rng.below(100) {
        case 0..<35: return sign() + word()
        case 35..<50: return rng.pick(Self.operators)
        case 50..<62: return rng.pick(Self.fields) + (rng.chance(80) ? word() : "")
        case 62..<70: return word() + "*"
        case 70..<74: return "~" + word()
        case 74..<80: return "\"" + (0..<rng.between(0...4)).map { _ in word() }.joined(separator: " ") + (rng.chance(70) ? "\"" : "")
        case 80..<90: return rng.pick(Self.odd)
        case 90..<94: return String(repeating: rng.pick(["a", "x", "\u{E9}", "\u{65E5}", "ab"]), count: rng.between(65...3_000))
        case 94..<97: return Array(repeating: rng.pick(["~us", "s*", "said", "(", "\"", "NOT", "oil NEAR"]), count: rng.between(10...300))
            .joined(separator: " ")
        default: return (0..<rng.between(1...40)).map { _ in rng.pick(Self.words) }.joined(separator: rng.pick([" AND ", " NEAR ", " OR "]))
        }
    }

    private mutating func sign() -> String { rng.pick(["", "", "", "", "+", "-", "~"]) }
}
