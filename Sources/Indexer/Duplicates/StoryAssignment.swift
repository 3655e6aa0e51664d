/// A story the coordinator gives an article: every passage of it gets
/// `story` in `IndexSchema.storySlot`, and the story term when it is a cluster.
struct StoryAssignment: Sendable, Equatable {
    var member: StoryMember
    var story: String
}
