/// What a passage document stores as its data: everything a search hit shows.
/// Fields are separated by U+001F, which `TextSanitizer` removes from all text.
public struct StoredPassage: Sendable, Equatable {
    public var path: String
    public var number: Int
    public var kind: Passage.Kind
    public var title: String
    public var section: String?
    public var credit: String?
    public var text: String

    static let separator: Character = "\u{1F}"

    public var id: String { "\(path)#\(number)" }

    public func encoded() -> String {
        [IndexSchema.version, path, String(number), kind.rawValue, title, section ?? "", credit ?? "", text]
            .joined(separator: String(Self.separator))
    }

    public init(path: String, number: Int, kind: Passage.Kind, title: String, section: String?, credit: String?, text: String) {
        self.path = path
        self.number = number
        self.kind = kind
        self.title = title
        self.section = section
        self.credit = credit
        self.text = text
    }

    /// Nil when the data was not written by this schema version.
    public init?(decoding data: String) {
        // Split on the byte, not on Characters: this runs for every hit shown.
        let fields = data.utf8.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(Substring($0)) }
        guard fields.count == 8, fields[0] == IndexSchema.version, let number = Int(fields[2]),
              let kind = Passage.Kind(rawValue: fields[3]) else { return nil }
        self.init(path: fields[1], number: number, kind: kind, title: fields[4],
                  section: fields[5].isEmpty ? nil : fields[5], credit: fields[6].isEmpty ? nil : fields[6], text: fields[7])
    }
}
