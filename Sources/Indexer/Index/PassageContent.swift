/// What makes a passage "the same content" for watches: the article's title,
/// the passage's kind and its text. Not its path or number, so a renamed
/// file, a touched file, a `--full` rebuild or a paragraph inserted above
/// leaves its key unchanged; an edited paragraph (or a new title) changes it.
enum PassageContent {
    /// 32 hex digits (`ContentHash.longHex`), stored in `IndexSchema.contentKeySlot`.
    static func key(title: String, passage: Passage) -> String {
        ContentHash.longHex(title + "\u{0}" + passage.kind.rawValue + "\u{0}" + passage.text)
    }
}
