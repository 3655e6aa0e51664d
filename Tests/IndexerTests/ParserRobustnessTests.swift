import Testing
@testable import Indexer

/// Random and hostile input never crashes a parser (a crash would stop a whole build).
@Suite struct ParserRobustnessTests {
    static let pieces = [
        "#", "# ", "*", "**", "_", "`", "```", "![", "](", ")", "[", "]", "\n", "\n\n", "---", "---\n", "a", "word ", "> ",
        "- ", "1. ", "|", "<", ">", "&", "&amp;", "&#x1F;", "\\", " ", "\t", ":", "title: x\n", "date: 2024-01-01\n", "é", "🎉",
        "\r\n", "    ", "[1]: ", "http://x", "<p>", "</p>", "<figure>", "<figcaption>", "<cite>", "<br>", "<img alt=\"x y z\">",
        "<meta charset=\"", "charset=", "<script type=\"application/ld+json\">", "{\"@type\":\"NewsArticle\",", "\"author\":",
        "\"datePublished\":\"2024-", "}", "{", "\"", ",", "[", "\u{1F}", "\u{E000}", "<article>", "<nav>", "<!--", "-->",
    ]

    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test(arguments: ArticleFormat.allCases)
    func randomInputNeverCrashes(format: ArticleFormat) {
        var rng = Generator(state: 42)
        for _ in 0..<1_500 {
            var text = ""
            for _ in 0..<Int.random(in: 0...60, using: &rng) { text += Self.pieces.randomElement(using: &rng)! }
            let parsed = ArticleFormat.parse(ArticleInput(path: "fuzz." + format.extensions[0], text: text))
            for article in parsed.articles {
                for passage in article.passages {
                    #expect(!passage.text.contains("\u{1F}") && !passage.text.contains("\u{E000}"))
                }
            }
        }
    }

    @Test func frontMatterIsReadOnlyWhenClosed() {
        let open = FrontMatter("---\ntitle: Not closed\n\nBody text.\n")
        #expect(open.fields.isEmpty && open.body.hasPrefix("---"))
        let closed = FrontMatter("---\ntitle: \"Quoted: title\"\nauthor:\n  - Ann\n  - Bob\ntags: [a, b]\n---\nBody.\n")
        #expect(closed["title"] == "Quoted: title")
        #expect(closed["author"] == "Ann, Bob")
        #expect(closed["tags"] == "a, b")
        #expect(closed.body == "Body.\n")
    }
}
