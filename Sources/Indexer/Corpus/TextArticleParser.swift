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
public struct TextArticleParser: Sendable {
    public init() {}

    public func parse(_ text: String) -> Article {
        let blocks = Self.blocks(of: text)
        guard let first = blocks.first else { return Article(title: "", passages: []) }
        var article = Article(title: first.joined(separator: " "), passages: [])
        if blocks.count == 1 {
            article.passages.append(Passage(number: 0, kind: .paragraph, text: article.title))
            return article
        }
        var section: String?
        let headingLike = blocks.map { $0.count == 1 && Heuristics.isHeading($0[0]) }
        for (index, lines) in blocks.enumerated().dropFirst() {
            if index == 1, lines.count == 1, Heuristics.isDateline(lines[0]) {
                article.dateline = lines[0]
                article.place = Heuristics.datelinePlace(lines[0])
                continue
            }
            let isLast = index == blocks.count - 1
            if headingLike[index], !isLast, !headingLike[index + 1] {
                section = lines[0]
                continue
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
        return article
    }

    /// Non-empty blocks, each a list of trimmed non-empty lines.
    static func blocks(of text: String) -> [[String]] {
        var blocks: [[String]] = []
        var current: [String] = []
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let line = TextSanitizer.clean(String(rawLine)).trimmingWhitespace()
            if line.isEmpty {
                if !current.isEmpty { blocks.append(current); current = [] }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
