import Indexer

/// The line under a result that near-identical copies were folded into:
/// "+4 near-identical copies: a.txt#1, b.txt#1, c.txt#2 and 1 more".
enum CopiesLine {
    /// How many copies' ids the line names.
    static let shownIDs = 3

    static func text(_ duplicates: Duplicates, lead: String = "") -> String {
        let noun = duplicates.count == 1 ? "copy" : "copies"
        var line = "+\(duplicates.count) near-identical \(noun)\(lead): " + duplicates.ids.prefix(shownIDs).joined(separator: ", ")
        let more = duplicates.count - min(shownIDs, duplicates.ids.count)
        if more > 0 { line += " and \(more) more" }
        return line
    }
}
