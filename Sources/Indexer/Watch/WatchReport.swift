/// What one check of one watch found: the passages first indexed after its
/// mark, up to the index's current build sequence.
public struct WatchReport: Sendable {
    public var watch: Watch
    /// The build sequences reported: after `since`, up to `through`.
    public var since: Int
    public var through: Int
    public var results: SearchResults

    public var isNew: Bool { !results.hits.isEmpty }
}
