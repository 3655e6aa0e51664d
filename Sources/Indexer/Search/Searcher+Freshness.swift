import Foundation

extension Searcher {
    /// The index's freshness at its current revision. A front index has no
    /// build of its own: its freshness is its remote shards' oldest build, read
    /// from their metadata (each shard machine's index records its builds in its
    /// first shard, so one remote per machine has them).
    public func freshness() throws -> IndexFreshness {
        let generation = (try? layout.liveShards().first).flatMap { shard -> String? in
            let name = layout.generation(ofShard: shard)
            return name.hasPrefix("gen-") ? name : nil
        }
        return try withSession { session in
            let database = session.database
            let sequence = BuildSequence.parse(try database.getMetadata(IndexSchema.buildSequenceKey))
            let watches = try database.metadata(prefix: IndexSchema.watchPrefix).filter { !$0.value.isEmpty }.count
            guard !session.remotes.isEmpty else {
                let builtAt = Double(try database.getMetadata(IndexSchema.buildTimeKey(sequence: sequence)))
                return IndexFreshness(builtAt: builtAt, generation: generation, sequence: sequence, watches: watches)
            }
            let builds = try session.remotes.compactMap { remote -> Double? in
                let theirs = BuildSequence.parse(try remote.database.getMetadata(IndexSchema.buildSequenceKey))
                return Double(try remote.database.getMetadata(IndexSchema.buildTimeKey(sequence: theirs)))
            }
            var freshness = IndexFreshness(builtAt: builds.min(), generation: nil, sequence: sequence, watches: watches)
            freshness.remoteBuilds = builds.count
            return freshness
        }
    }
}
