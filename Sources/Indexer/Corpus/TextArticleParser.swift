/// Reads the plain-text article format of `seeds/`.
///
/// - Blocks are separated by blank lines; lines within a block are joined.
/// - Passage N is the Nth block after the title, counting from 0.
/// - The first block is the title.
/// - A block of two or more lines whose last line is a photo credit is a caption.
/// - A block laid out as a table (columns of spaces) is always a paragraph.
/// - A short single-line block with no closing punctuation is a section heading;
///   the passages after it belong to that section. A run of such lines is a list,
///   not headings: a heading must be followed by a block that is not one.
/// - A file of one block is its title and also its one passage (number 0), so
///   its words are searchable like any paragraph's.
/// - A Reuters-style dateline right after the title is kept as the dateline.
/// - At most `maxPassages` passages are read; the blocks after them are only counted.
public struct TextArticleParser: Sendable {
    public var maxPassages: Int

    public init(maxPassages: Int = CorpusLimits.passagesPerArticle) {
        self.maxPassages = maxPassages
    }

    public func parse(_ text: String) -> Article { read(text).article }

    /// The article, and the number of blocks left out after its last passage
    /// because it reached `maxPassages` (0 when none were).
    func read(_ text: String) -> (article: Article, leftOut: Int) {
        var blocks = TextBlocks(text)
        guard let first = blocks.next() else { return (Article(title: "", passages: []), 0) }
        var article = Article(title: first.joined(separator: " "), passages: [])
        guard var current = blocks.next() else {
            article.passages.append(Passage(number: 0, kind: .paragraph, text: article.title))
            return (article, 0)
        }
        var reader = BlockReader()
        var next = blocks.next()
        var index = 1
        while true {
            reader.add(current, index: index, following: next, to: &article)
            guard let following = next else { return (article, 0) }
            if article.passages.count >= maxPassages { return (article, 1 + blocks.countRemaining()) }
            current = following
            next = blocks.next()
            index += 1
        }
    }

    /// Turns each block after the title into a passage, a heading or the
    /// dateline, knowing the block after it (a heading is not followed by one).
    struct BlockReader {
        private var section: String?

        mutating func add(_ lines: [String], index: Int, following: [String]?, to article: inout Article) {
            if index == 1, lines.count == 1, Heuristics.isDateline(lines[0]) {
                article.dateline = lines[0]
                article.place = Heuristics.datelinePlace(lines[0])
                return
            }
            if Self.headingLike(lines), let following, !Self.headingLike(following) {
                section = lines[0]
                return
            }
            // Numbered by block position after the title, from 0, so that
            // "path#N" points at the Nth block of the file (datelines and
            // headings keep their numbers but are not passages).
            let number = index - 1
            if lines.count >= 2, let credit = lines.last, !Heuristics.isTable(lines), Heuristics.isCredit(credit) {
                let caption = lines.dropLast().joined(separator: " ")
                article.passages.append(Passage(number: number, kind: .caption, text: caption, credit: credit, section: section))
            } else {
                article.passages.append(Passage(number: number, kind: .paragraph, text: lines.joined(separator: " "), section: section))
            }
        }

        static func headingLike(_ lines: [String]) -> Bool { lines.count == 1 && Heuristics.isHeading(lines[0]) }
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
