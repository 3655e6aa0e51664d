/// The `index build --dry-run --json` object (`schemas/build-plan.schema.json`):
/// what a build would change.
public struct BuildPlanJSON: Encodable, Sendable {
    public var formatVersion = JSONOutput.formatVersion
    public var dryRun = true
    public var full: Bool
    public var indexed: Int
    public var walked: Int
    public var added: [String]
    public var changed: [String]
    public var renamed: [BuildPlan.Rename]
    public var removed: [String]
    public var failing: Int

    public init(_ plan: BuildPlan) {
        full = plan.full
        indexed = plan.indexed
        walked = plan.walked
        added = plan.added
        changed = plan.changed
        renamed = plan.renamed
        removed = plan.removed
        failing = plan.failing
    }
}
