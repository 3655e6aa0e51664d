import Foundation
import Testing
@testable import Indexer
import TestSupport

/// An index of an older schema version is rebuilt in full, so its passages get the new fields.
@Suite struct SchemaUpgradeTests {
    let temp = TempFolder()
    @Test func anOlderSchemaVersionForcesAFullRebuild() throws {
        let root = temp.path
        let corpus = try Fixtures.mixedCorpus(in: root)
        let index = root + "/index"
        try Fixtures.build(corpus, index)
        #expect(try Fixtures.build(corpus, index).full == false)
        let layout = IndexLayout(root: index)
        for shard in try layout.liveShards() {
            let db = try WritableDatabase(path: layout.absolute(shard), action: .open)
            try db.setMetadata(IndexSchema.schemaVersionKey, "1")
            try db.commit()
        }
        let upgraded = try Fixtures.build(corpus, index)
        #expect(upgraded.full)
        #expect(upgraded.articles == 8)
        #expect(try Fixtures.search(index, "runway").hits.first?.passage.date == "2024-04-20")
        #expect(try Fixtures.build(corpus, index).full == false)
    }
}
