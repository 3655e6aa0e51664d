/// Stops a build that would empty or gut the index: a corpus folder that is
/// empty, unmounted or another folder than the index was built from looks
/// to a build like a corpus whose files were all deleted.
struct RemovalGuard {
    /// The largest share of the indexed files one build may remove, in percent.
    var maxRemovePercent: Double
    /// Removals confirmed (`--prune`).
    var prune: Bool

    /// Throws `IndexError.refused` when the build must change nothing.
    func check(removing: Int, indexed: Int, corpus: String, recordedCorpus: String?, index: String) throws {
        guard !prune, maxRemovePercent < 100 else { return }
        if let recordedCorpus, !recordedCorpus.isEmpty, recordedCorpus != corpus {
            throw IndexError.refused("the index at \(index) was built from \(recordedCorpus), not \(corpus): nothing was changed; "
                + "to rebuild it from \(corpus) (removing \(removing) of its \(indexed) files), add --prune")
        }
        guard indexed > 0, Double(removing) * 100 > maxRemovePercent * Double(indexed) else { return }
        let share = Int((Double(removing) * 100 / Double(indexed)).rounded())
        let what = removing == indexed ? "the corpus folder \(corpus) has none of the \(indexed) indexed files (is it empty, or not mounted?)"
            : "this build would remove \(removing) of the \(indexed) indexed files (\(share)%, more than --max-remove \(Self.format(maxRemovePercent))%)"
        throw IndexError.refused("\(what): nothing was changed; to remove them, add --prune (or --max-remove 100)")
    }

    private static func format(_ percent: Double) -> String {
        percent == percent.rounded() ? String(Int(percent)) : String(percent)
    }
}
