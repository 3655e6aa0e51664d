import Foundation
import Testing
@testable import Indexer
import TestSupport

/// `Database.check` (Xapian's Database::check) on one glass shard: clean when
/// sound, and naming the table where a check stopped.
@Suite struct DatabaseCheckTests {
    let index = Fixtures.tempDir() + "/index"

    private func shard() throws -> String {
        try Fixtures.build(Fixtures.seeds, index) { $0.shards = 1 }
        let layout = IndexLayout(root: index)
        return layout.absolute(try #require(try layout.liveShards().first))
    }

    @Test func aSoundShardChecksClean() throws {
        let result = Database.check(path: try shard())
        #expect(result.isClean, "\(result.report)")
        #expect(result.table == nil)
        #expect(result.report.contains("postlist table structure checked OK"))
    }

    @Test func aTruncatedTableIsNamedWithXapiansMessage() throws {
        let folder = try shard()
        let handle = try #require(FileHandle(forWritingAtPath: folder + "/termlist.glass"))
        try handle.truncate(atOffset: 100)
        try handle.close()
        let result = Database.check(path: folder)
        #expect(!result.isClean)
        #expect(result.table == "termlist", "\(result.report)")
        #expect(result.failure != nil)
        #expect(!result.message.isEmpty)
    }

    @Test func aMissingDatabaseIsAFailureNotACrash() {
        let result = Database.check(path: Fixtures.tempDir() + "/nothing-here")
        #expect(!result.isClean)
        #expect(result.failure?.kind == .databaseOpeningError)
    }
}
