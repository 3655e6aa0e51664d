/// The unit of retrieval: one paragraph or one photo caption of an article.
public struct Passage: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case paragraph
        case caption
    }

    /// Position in the article: the Nth block after the title, counting from 0.
    public var number: Int
    public var kind: Kind
    public var text: String
    /// The photo credit of a caption ("REUTERS/Amir Cohen").
    public var credit: String?
    /// The heading the passage sits under ("More from GZERO Media"), if any.
    public var section: String?

    public init(number: Int, kind: Kind, text: String, credit: String? = nil, section: String? = nil) {
        self.number = number
        self.kind = kind
        self.text = text
        self.credit = credit
        self.section = section
    }
}
