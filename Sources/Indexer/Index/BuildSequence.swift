/// Build sequence numbers (issue 14): each completed build has the next one,
/// recorded in every shard under `IndexSchema.buildSequenceKey` with the
/// build's final commit. A `--full` build carries it on, so it only grows.
public enum BuildSequence {
    /// `n` zero-padded to 12 digits, so that string order is number order
    /// (for `IndexSchema.firstSeenSlot` and its value ranges).
    public static func sortable(_ n: Int) -> String {
        let digits = String(max(0, n))
        return String(repeating: "0", count: max(0, 12 - digits.count)) + digits
    }

    /// The sequence recorded under `buildSequenceKey` ("" before any: 0).
    public static func parse(_ text: String) -> Int { Int(text) ?? 0 }
}
