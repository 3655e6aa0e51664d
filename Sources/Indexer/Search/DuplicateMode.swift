/// What a search does with near-identical copies (issue 15): the articles of
/// one story cluster (`IndexSchema.storySlot`) and the same photo caption on
/// several pages (`IndexSchema.captionKeySlot`).
public enum DuplicateMode: String, Sendable, CaseIterable {
    /// Each story shows once, as its best article's passages, the other matching
    /// copies counted in its first hit (`SearchHit.duplicates`); a caption shown
    /// by another article folds the same way. The default.
    case collapse
    /// Every copy is a result of its own, marked with its story (`SearchHit.story`).
    case show
}
