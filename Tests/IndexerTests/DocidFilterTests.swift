import Testing
@testable import Indexer
import TestSupport

/// `Query(docids:in:)` (a PostingSource in the shim) matches exactly the given
/// documents, also when the index is several shards behind its stub file.
@Suite struct DocidFilterTests {
    let temp = TempFolder()
    @Test(arguments: [1, 3])
    func aDocidFilterMatchesExactlyItsDocuments(shards: Int) throws {
        let index = temp("index-\(shards)")
        try Fixtures.build(Fixtures.seeds, index) { $0.shards = shards }
        let database = try Database(path: index)
        let all = try Enquire(database)
        try all.setQuery(try Query(term: IndexSchema.kindPrefix + "paragraph"))
        let everyParagraph = try all.getMSet(first: 0, maxItems: 100)
        let chosen = try stride(from: 0, to: everyParagraph.size, by: 3).map { try everyParagraph.getDocid($0) }
        #expect(chosen.count >= 4)

        let filtered = try Enquire(database)
        try filtered.setQuery(try Query(.filter, try Query(term: IndexSchema.kindPrefix + "paragraph"),
                                        try Query(docids: chosen, in: database)))
        let found = try filtered.getMSet(first: 0, maxItems: 100)
        #expect(Set(try (0..<found.size).map { try found.getDocid($0) }) == Set(chosen))
        // Docids of other documents, or of none, match nothing more.
        let none = try Enquire(database)
        try none.setQuery(try Query(docids: [999_999], in: database))
        #expect(try none.getMSet(first: 0, maxItems: 10).size == 0)
    }
}
