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
}
