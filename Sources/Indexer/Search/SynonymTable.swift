/// Groups of equivalent terms: `US, United States, America`.
///
/// File format: one group per line, terms or phrases separated by commas;
/// blank lines and lines starting with `#` are ignored. Matching ignores case.
public struct SynonymTable: Sendable, Equatable {
    public var groups: [[String]]

    public init(groups: [[String]]) {
        self.groups = groups.map { $0.map(Self.normalize).filter { !$0.isEmpty } }.filter { $0.count >= 2 }
    }

    public init(parsing text: String) {
        self.init(groups: text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingWhitespace()
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
            return trimmed.split(separator: ",").map { String($0) }
        })
    }

    /// The text stored in the index (the file format above).
    public var encoded: String { groups.map { $0.joined(separator: ", ") }.joined(separator: "\n") }

    /// The group `phrase` belongs to, if any.
    public func group(of phrase: String) -> [String]? {
        let key = Self.normalize(phrase)
        return groups.first { $0.contains(key) }
    }

    static func normalize(_ phrase: String) -> String {
        phrase.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The list an index gets when `index build` is given no --synonyms file.
    public static let newsDefault = SynonymTable(groups: [
        ["us", "u.s.", "united states", "america", "usa"],
        ["uk", "u.k.", "britain", "united kingdom", "great britain"],
        ["eu", "european union"],
        ["un", "u.n.", "united nations"],
        ["uae", "united arab emirates"],
        ["ussr", "soviet union"],
        ["nato", "north atlantic treaty organization"],
        ["opec", "organization of petroleum exporting countries"],
        ["imf", "international monetary fund"],
        ["who", "world health organization"],
        ["fed", "federal reserve"],
        ["ecb", "european central bank"],
        ["gdp", "gross domestic product"],
        ["ceo", "chief executive"],
        ["pm", "prime minister"],
        ["5g", "fifth generation"],
        ["ai", "artificial intelligence"],
        ["china", "prc", "people's republic of china"],
    ])
}
