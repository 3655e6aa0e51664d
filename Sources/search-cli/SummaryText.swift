import Indexer

/// The one-line build summary.
enum SummaryText {
    static func line(_ s: BuildSummary) -> String {
        let counts = "\(count(s.articles, "article")), \(count(s.passages, "passage")) (\(count(s.captions, "caption")))"
        if !s.full, s.changes == 0 { return unchanged(s, counts) }
        var parts = [counts]
        if s.full {
            parts.append("full build")
        } else {
            parts.append("\(s.changes) \(plural(s.changes, "change")): \(s.added) added, \(s.changed) changed, \(s.removed) removed, \(s.renamed) renamed")
            if s.touched > 0 { parts.append("\(s.touched) touched, same content") }
        }
        var skipped = "\(s.skipped.count) skipped"
        if !s.skipped.isEmpty {
            skipped += " (" + s.skippedByTag.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ") + ")"
        }
        parts.append(skipped)
        if let fallbacks = s.decodedWithFallback, fallbacks > 0 { parts.append("\(fallbacks) decoded as Windows-1252") }
        if (s.storyChanges ?? 0) > 0 { parts.append(storyChanges(s)) }
        if s.stillFailing > 0 { parts.append("\(s.stillFailing) still failing (see index status)") }
        parts.append(String(format: "%.2f s", s.seconds))
        return "Indexed " + parts.joined(separator: "; ")
    }

    /// A build that found nothing to do: "No changes; 19,043 articles, …".
    static func unchanged(_ s: BuildSummary, _ counts: String) -> String {
        var parts = [(s.storyChanges ?? 0) > 0 ? "No file changes" : "No changes", counts]
        if s.touched > 0 { parts.append("\(s.touched) touched, same content") }
        if s.stillFailing > 0 { parts.append("\(s.stillFailing) still failing (see index status)") }
        if (s.storyChanges ?? 0) > 0 { parts.append(storyChanges(s)) }
        parts.append(String(format: "%.2f s", s.seconds))
        return parts.joined(separator: "; ")
    }

    /// "3 articles changed story" (near-duplicates found or gone: see `search-cli duplicates`).
    static func storyChanges(_ s: BuildSummary) -> String {
        "\(count(s.storyChanges ?? 0, "article")) changed story"
    }

    /// "19,043 articles".
    static func count(_ n: Int, _ word: String) -> String { "\(Digits.grouped(n)) \(plural(n, word))" }

    /// What a dry run would do: a count line, then one line per file.
    static func plan(_ p: BuildPlan) -> String {
        if p.full {
            var lines = ["Dry run: a full rebuild would index \(p.walked) \(plural(p.walked, "file")) (\(p.indexed) indexed now) and remove \(p.removed.count); nothing was written"]
            lines += p.removed.map { "  removed  \(Terminal.clean($0))" }
            return lines.joined(separator: "\n")
        }
        var lines = ["Dry run: \(p.changes) \(plural(p.changes, "change")) of \(p.indexed) indexed \(plural(p.indexed, "file")): \(p.added.count) added, \(p.changed.count) changed, \(p.renamed.count) renamed, \(p.removed.count) removed; nothing was written"]
        lines += p.added.map { "  added    \(Terminal.clean($0))" }
        lines += p.changed.map { "  changed  \(Terminal.clean($0))" }
        lines += p.renamed.map { "  renamed  \(Terminal.clean($0.from)) -> \(Terminal.clean($0.to))" }
        lines += p.removed.map { "  removed  \(Terminal.clean($0))" }
        return lines.joined(separator: "\n")
    }

    static func plural(_ n: Int, _ word: String) -> String { n == 1 ? word : word + "s" }
}
