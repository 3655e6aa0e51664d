import Testing
@testable import Indexer
import TestSupport

/// Xapian's exceptions arrive in Swift as `XapianError` with their class.
@Suite struct ShimErrorTests {
    let temp = TempFolder()
    @Test func openingAMissingDatabaseIsAnOpeningError() {
        let path = temp("does-not-exist")
        let error = #expect(throws: XapianError.self) { try Database(path: path) }
        #expect(error?.isDatabaseOpening == true)
        #expect(error?.type.hasPrefix("Database") == true)
        #expect(error?.message.isEmpty == false)
    }

    @Test func aSecondWriterGetsDatabaseLockError() throws {
        let path = temp("db")
        let first = try WritableDatabase(path: path)
        let error = #expect(throws: XapianError.self) { try WritableDatabase(path: path) }
        #expect(error?.kind == .databaseLockError)
        #expect(error?.type == "DatabaseLockError")
        try first.close()
        _ = try WritableDatabase(path: path)  // the lock is free again
    }

    @Test func aMalformedQueryIsAQueryParserError() throws {
        let parser = try QueryParser()
        let error = #expect(throws: XapianError.self) { try parser.parseQuery("AND Huawei", flags: .default) }
        #expect(error?.kind == .queryParserError)
        #expect(error?.description.contains("QueryParserError") == true)
    }

    @Test func anUnknownStemmerIsAnInvalidArgumentError() {
        let error = #expect(throws: XapianError.self) { try Stem(language: "klingon") }
        #expect(error?.kind == .invalidArgumentError)
    }

    @Test func metadataRoundTripsBytesIncludingNul() throws {
        let db = try WritableDatabase(path: temp("db"))
        try db.setMetadata("file:a", "x\u{0}y")
        try db.setMetadata("file:b", "z")
        try db.setMetadata("other", "w")
        try db.commit()
        let pairs = try db.metadata(prefix: "file:")
        #expect(pairs.map(\.key) == ["file:a", "file:b"])
        #expect(pairs.first?.value == "x\u{0}y")
    }
}
