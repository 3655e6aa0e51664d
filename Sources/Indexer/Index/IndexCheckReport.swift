import Foundation

/// What `IndexCheck` found: the shards, their documents, and every problem.
public struct IndexCheckReport: Sendable, Codable {
    public var index: String
    /// The shards the stub lists (relative to the index folder).
    public var shards: [String] = []
    /// Documents in all shards; 0 when the index cannot be opened.
    public var documents = 0
    public var problems: [IndexProblem] = []
    /// The corpus of the last build, when some shard's metadata can still be read.
    public var corpus: String?
    /// True when every block of every shard was read (`index check`).
    /// For a front index: why its remote shards could not all be opened (not damage).
    public var remotesDown: String?
    public var full = false

    public var isDamaged: Bool { !problems.isEmpty }

    /// The command that rebuilds the index from scratch.
    public var repairCommand: String { IndexDamage.repairCommand(index: index, corpus: corpus) }

    /// The damage found, as an error; nil when the index is sound.
    public var damage: IndexDamage? {
        isDamaged ? IndexDamage(index: index, problems: problems, corpus: corpus) : nil
    }

    enum CodingKeys: String, CodingKey {
        case index, shards, documents, problems, corpus, full
        case damaged, repairCommand = "repair_command"
    }

    public init(index: String) { self.index = index }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        index = try c.decode(String.self, forKey: .index)
        shards = try c.decode([String].self, forKey: .shards)
        documents = try c.decode(Int.self, forKey: .documents)
        problems = try c.decode([IndexProblem].self, forKey: .problems)
        corpus = try c.decodeIfPresent(String.self, forKey: .corpus)
        full = try c.decode(Bool.self, forKey: .full)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(index, forKey: .index)
        try c.encode(isDamaged, forKey: .damaged)
        try c.encode(shards, forKey: .shards)
        try c.encode(documents, forKey: .documents)
        try c.encode(problems, forKey: .problems)
        try c.encodeIfPresent(corpus, forKey: .corpus)
        try c.encode(full, forKey: .full)
        if isDamaged { try c.encode(repairCommand, forKey: .repairCommand) }
    }
}

/// A damaged index: what is wrong, and the command that rebuilds it. Each
/// message is one line.
public struct IndexDamage: Error, Sendable, CustomStringConvertible {
    public var index: String
    public var problems: [IndexProblem]
    public var corpus: String?

    public init(index: String, problems: [IndexProblem], corpus: String?) {
        self.index = index
        self.problems = problems
        self.corpus = corpus
    }

    /// All the problems in one line, and the repair.
    public var description: String { line(problems.map(\.message).joined(separator: "; ")) }

    /// One line for one problem (`index check` prints one per problem).
    public func line(for problem: IndexProblem) -> String { line(problem.message) }

    /// What a search prints: the problems in brackets, where to look, how to repair.
    public var searchMessage: String {
        "the index at \(index) is damaged (\(problems.map(\.message).joined(separator: "; "))); "
            + "see: search-cli index check --index \(index); rebuild it with: \(Self.repairCommand(index: index, corpus: corpus))"
    }

    private func line(_ what: String) -> String {
        "the index at \(index) is damaged: \(what); rebuild it with: \(Self.repairCommand(index: index, corpus: corpus))"
    }

    static func repairCommand(index: String, corpus: String?) -> String {
        "search-cli index build \(corpus.map(quoted) ?? "<corpus>") --full --index \(quoted(index))"
    }

    /// `path` as a shell word: quoted when it holds anything but safe characters.
    static func quoted(_ path: String) -> String {
        let safe = path.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "/._-+,:@%=".unicodeScalars.contains($0) }
        return safe && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
