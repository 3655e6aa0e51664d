/// The bounds on the work one file or folder may cost, in one place. Article
/// text, file names and folder trees are untrusted (an archive holds scraped
/// pages), so every format is read within these, and a file or folder past one
/// is read up to it (or skipped) with one warning naming it and the limit.
/// The README's "Article formats" section lists them.
public enum CorpusLimits {
    /// Folders more than this many levels below the corpus folder are not
    /// walked: each is skipped with one warning (`too-deep`).
    public static let folderDepth = 256

    /// Passages kept per article; the rest of a longer article is not
    /// indexed, with one warning. Bounds what one article holds in memory.
    public static let passagesPerArticle = 10_000

    /// Characters kept of the fields every passage stores and indexes again:
    /// its article's title, byline, place and URL, and its section.
    public static let repeatedFieldCharacters = 1_000

    /// Attributes libxml2 is given per HTML element (its parser is quadratic
    /// in them); the rest of the element's attributes are dropped.
    public static let htmlAttributesPerElement = 100

    /// Attributes libxml2 is given per HTML page; later elements lose theirs.
    public static let htmlAttributesPerFile = 100_000

    /// Tags (start, end, comments, declarations) read per HTML page; the page
    /// is read up to the tag past this one.
    public static let htmlTags = 250_000

    /// Elements nested deeper than this are flattened: their tags are dropped
    /// and their text joins the element around them (libxml2 stops reading a
    /// document at 256 levels).
    public static let htmlDepth = 200

    /// Markdown markers (`` * _ [ ] ! ` < > & \ ``, and `-`/`+` starting a line),
    /// per file and per block (lines between blank lines): cmark-gfm spends
    /// about half a microsecond on each, and a `>` becomes 27 bytes of HTML.
    /// A file past either is read as plain text instead, with one warning.
    public static let markdownMarkersPerFile = 100_000
    public static let markdownMarkersPerBlock = 10_000
}
