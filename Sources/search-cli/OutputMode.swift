import ArgumentParser

/// What `search` and `similar` print (`--output`): like `rg -l` (paths) and
/// `rg -c` (count), or `notmuch search --output=files`.
enum OutputMode: String, ExpressibleByArgument, CaseIterable {
    /// The results for a reader (the default).
    case text
    /// One JSON object (`--json`; schemas/search.schema.json and the others).
    case json
    /// The absolute path of each matching file, once, in rank order.
    case paths
    /// The exact number of matching passages (with --group, of articles).
    case count
}
