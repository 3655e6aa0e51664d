import Foundation

/// What a build finds of the live index before it starts: its shards and
/// schema, the corpus it was built from, or why it cannot be used.
struct LiveIndex {
    var shards: [String] = []
    var language: String?
    var strategy: StemStrategy?
    var schemaVersion: String?
    var synonyms: SynonymTable?
    /// The near-duplicate threshold its stories were clustered with (nil before schema 5).
    var duplicates: DuplicateThreshold?
    /// The real path of the corpus of the last build, when recorded.
    var corpus: String?
    /// Why the live index cannot be opened (a damaged stub or shard), or nil.
    var damage: String?
    /// The last completed build's sequence (0 before any).
    var sequence = 0
    /// The watches and build times (`IndexSchema.watchPrefix` and `buildTimePrefix`
    /// keys and values) of the first shard, carried into a new generation.
    var firstShardCarried: [(key: String, value: String)] = []

    /// The live index at `layout`, or nil when there is none yet.
    static func read(_ layout: IndexLayout) -> LiveIndex? {
        guard FileManager.default.fileExists(atPath: layout.stubPath) else { return nil }
        var live = LiveIndex()
        // The stub and the shard folders it lists, as `index check` sees them.
        let report = IndexCheck.run(layout, .layout)
        if let problem = report.problems.first {
            live.damage = problem.description
            return live
        }
        let shards = report.shards
        live.shards = shards
        for shard in shards {
            do {
                let db = try Database(path: layout.absolute(shard))
                _ = try db.getDoccount()
                guard shard == shards[0] else { continue }
                live.schemaVersion = try db.getMetadata(IndexSchema.schemaVersionKey)
                let language = try db.getMetadata(IndexSchema.languageKey)
                live.language = language.isEmpty ? nil : language
                live.strategy = StemStrategy(rawValue: try db.getMetadata(IndexSchema.stemStrategyKey))
                let synonyms = try db.getMetadata(IndexSchema.synonymsKey)
                live.synonyms = synonyms.isEmpty ? nil : SynonymTable(parsing: synonyms)
                live.duplicates = DuplicateThreshold(try db.getMetadata(IndexSchema.dupThresholdKey))
                live.sequence = BuildSequence.parse(try db.getMetadata(IndexSchema.buildSequenceKey))
                live.firstShardCarried = try (db.metadata(prefix: IndexSchema.watchPrefix) + db.metadata(prefix: IndexSchema.buildTimePrefix))
                    .filter { !$0.value.isEmpty }
                let json = try db.getMetadata(IndexSchema.lastBuildKey)
                live.corpus = (try? JSONDecoder().decode(BuildSummary.self, from: Data(json.utf8)))?.corpus
            } catch {
                live.damage = "shard \(shard) cannot be opened (\(error))"
                return live
            }
        }
        return live
    }

    var isUsable: Bool { damage == nil }

    /// The paths of every file recorded in the live shards.
    func recordedPaths(_ layout: IndexLayout) throws -> Set<String> {
        var paths = Set<String>()
        for shard in shards {
            let db = try Database(path: layout.absolute(shard))
            for (_, value) in try db.metadata(prefix: IndexSchema.fileRecordPrefix) {
                if let record = FileRecord(decoding: value) { paths.insert(record.path) }
            }
        }
        return paths
    }
}
