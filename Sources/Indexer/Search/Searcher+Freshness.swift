import Foundation

extension Searcher {
    /// The index's freshness at its current revision.
    public func freshness() throws -> IndexFreshness {
        let generation = (try? layout.liveShards().first).flatMap { shard -> String? in
            let name = layout.generation(ofShard: shard)
            return name.hasPrefix("gen-") ? name : nil
        }
        return try inSession { database in
            let sequence = BuildSequence.parse(try database.getMetadata(IndexSchema.buildSequenceKey))
            let builtAt = Double(try database.getMetadata(IndexSchema.buildTimeKey(sequence: sequence)))
            let watches = try database.metadata(prefix: IndexSchema.watchPrefix).filter { !$0.value.isEmpty }.count
            return IndexFreshness(builtAt: builtAt, generation: generation, sequence: sequence, watches: watches)
        }
    }
}
