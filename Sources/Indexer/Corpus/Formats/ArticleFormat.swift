/// The article file formats, chosen by file extension: the one registry of them.
public enum ArticleFormat: String, Sendable, CaseIterable, Codable {
    case text
    case html
    case markdown
    case jsonl

    public var extensions: [String] {
        switch self {
        case .text: return ["txt"]
        case .html: return ["html", "htm"]
        case .markdown: return ["md"]
        case .jsonl: return ["jsonl"]
        }
    }

    /// Every extension of every format, lower case and without the dot.
    public static let allExtensions: Set<String> = Set(allCases.flatMap(\.extensions))

    /// The format of a file, by its extension (case-insensitive); nil if none.
    public init?(path: String) {
        // Byte-level: this runs for every file of the corpus on every build.
        let bytes = path.utf8
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")),
              !bytes[dot...].contains(UInt8(ascii: "/")) else { return nil }
        let tail = Substring(bytes[bytes.index(after: dot)...])
        let ext = tail.utf8.contains(where: { (0x41...0x5A).contains($0) || $0 >= 0x80 }) ? tail.lowercased() : String(tail)
        guard let format = Self.allCases.first(where: { $0.extensions.contains(ext) }) else { return nil }
        self = format
    }

    public var parser: any ArticleParsing {
        switch self {
        case .text: return TextFormatParser()
        case .html: return HTMLArticleParser()
        case .markdown: return MarkdownArticleParser()
        case .jsonl: return JSONLinesArticleParser()
        }
    }

    /// Parses a file by its path's format (text when the extension is unknown).
    /// Outside plain text (which has its own dateline rule), an article with no
    /// place takes one from a wire-style lead, "LONDON (Reuters) - …".
    /// Articles keep at most `CorpusLimits.passagesPerArticle` passages, fields
    /// repeated on every passage at most `CorpusLimits.repeatedFieldCharacters`, and
    /// the file gets at most one warning: its parts, joined with "; ".
    public static func parse(_ input: ArticleInput) -> ParsedFile {
        let format = ArticleFormat(path: input.path) ?? .text
        var parsed = format.parser.parse(input)
        PassageCap.apply(to: &parsed)
        RepeatedFieldCap.apply(to: &parsed)
        if parsed.warnings.count > 1 { parsed.warnings = [parsed.warnings.joined(separator: "; ")] }
        guard format != .text else { return parsed }
        for i in parsed.articles.indices where parsed.articles[i].place == nil {
            parsed.articles[i].place = parsed.articles[i].paragraphs.first.flatMap { Heuristics.leadPlace($0.text) }
        }
        return parsed
    }
}
