extension StringProtocol {
    /// `count <= limit`, reading at most `limit` Characters: the line
    /// classifiers ask this of every line, and a line can be 16 MB long.
    func hasAtMost(_ limit: Int) -> Bool {
        guard let end = index(startIndex, offsetBy: limit, limitedBy: endIndex) else { return true }
        return end == endIndex
    }
}
