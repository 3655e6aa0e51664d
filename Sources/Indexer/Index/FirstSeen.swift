import Foundation

/// The build sequence each passage content was first indexed in, as the live
/// index had it when a build started, and the sequence of that build: a
/// passage whose content key is known keeps its first sequence, any other
/// gets the build's.
///
/// Read once per build from the live index's value streams (two slots, no
/// document data), before any shard writes, so that the shards' own commits
/// cannot change it under them: a passage renamed to another shard, or
/// rebuilt by `--full` into a new generation, still finds its first sequence.
struct FirstSeen: Sendable {
    /// This build's sequence.
    var sequence: Int
    /// Content key -> the earliest sequence it was indexed in.
    var earlier: [String: Int] = [:]

    func sequence(forContent key: String) -> Int { earlier[key] ?? sequence }

    /// The first sequences of every passage of the index at `root`.
    static func read(index root: String, sequence: Int) throws -> FirstSeen {
        let db = try Database(path: root)
        var bySequence: [UInt32: Int] = [:]
        for (docid, value) in try db.values(slot: IndexSchema.firstSeenSlot) { bySequence[docid] = Int(value) ?? 0 }
        var seen = FirstSeen(sequence: sequence)
        for (docid, key) in try db.values(slot: IndexSchema.contentKeySlot) {
            guard let first = bySequence[docid] else { continue }
            seen.earlier[key] = min(first, seen.earlier[key] ?? first)
        }
        return seen
    }
}
