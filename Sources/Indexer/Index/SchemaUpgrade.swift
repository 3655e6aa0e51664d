/// An index written by an older schema version (different document data or
/// terms) cannot be updated incrementally: the next build rebuilds it in full.
enum SchemaUpgrade {
    static func needsFullRebuild(_ layout: IndexLayout, shards: [String]) -> Bool {
        guard let first = shards.first, let db = try? Database(path: layout.absolute(first)),
              let version = try? db.getMetadata(IndexSchema.schemaVersionKey) else { return false }
        return version != IndexSchema.version
    }
}
