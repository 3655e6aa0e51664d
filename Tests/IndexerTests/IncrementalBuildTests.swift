import Foundation
import Testing
@testable import Indexer
import TestSupport

/// Incremental builds on 40 generated articles, a quarter of them in subfolders.
@Suite struct IncrementalBuildTests {
    let temp = TempFolder()
    let corpus: String
    let index: String
    /// The corpus's files, relative to it, sorted: top-level ones first.
    let files: [String]

    init() throws {
        corpus = temp("corpus")
        index = temp("index")
        files = Fixtures.generatedCorpus(40, into: corpus)
    }

    @Test func aSecondBuildWithNothingChangedReportsNoChanges() throws {
        let first = try Fixtures.build(corpus, index)
        #expect(first.added == 40 && first.articles == 40 && first.passages > 40)
        let second = try Fixtures.build(corpus, index)
        #expect(second.changes == 0 && second.passagesWritten == 0 && second.unchanged == 40)
        #expect(second.passages == first.passages)
    }

    @Test func changesDeletionsAdditionsAndRenamesAreReportedExactly() throws {
        try Fixtures.build(corpus, index)
        let names = files
        let deleted = names[3], deletedPhrase = "\"\(try firstWords(of: deleted))\""
        #expect(try Fixtures.search(index, deletedPhrase, limit: 10_000, perArticle: 0).hits.contains { $0.passage.path == deleted })
        for name in names.prefix(3) {  // change 3
            let path = corpus + "/" + name
            try (String(contentsOfFile: path, encoding: .utf8) + "\nZanzibarite flamingo quorum paragraph.\n").write(toFile: path, atomically: false, encoding: .utf8)
        }
        for name in names[3..<5] { try FileManager.default.removeItem(atPath: corpus + "/" + name) }  // delete 2
        Fixtures.write("NEW ARTICLE ABOUT QUOKKAS\n\nThe quokka census counted marsupials on Rottnest.\n", to: corpus + "/zz-new.txt")
        let moved = try #require(names.last)  // rename 1, out of its subfolder
        #expect(moved.contains("/"))
        try FileManager.default.moveItem(atPath: corpus + "/" + moved, toPath: corpus + "/renamed.txt")

        let summary = try Fixtures.build(corpus, index)
        #expect(summary.changed == 3)
        #expect(summary.removed == 2)
        #expect(summary.added == 1)
        #expect(summary.renamed == 1)
        #expect(summary.articles == 39)

        let changed = try Fixtures.search(index, "Zanzibarite flamingo", perArticle: 0)
        #expect(Set(changed.hits.map(\.passage.path)) == Set(names.prefix(3)))
        #expect(try Fixtures.search(index, "quokka").hits.first?.passage.path == "zz-new.txt")
        let gone = try Fixtures.search(index, deletedPhrase, limit: 10_000, perArticle: 0)
        #expect(!gone.hits.contains { $0.passage.path == deleted })
        let renamedTitle = TextArticleParser().parse(try String(contentsOfFile: corpus + "/renamed.txt", encoding: .utf8)).title
        let renamed = try Fixtures.search(index, "title:(\(renamedTitle.filter { $0.isLetter || $0 == " " }))", limit: 10_000, perArticle: 0)
        #expect(renamed.hits.contains { $0.passage.path == "renamed.txt" })
        #expect(!renamed.hits.contains { $0.passage.path == moved })
    }

    @Test func aTouchedFileWithTheSameContentIsNotReindexed() throws {
        try Fixtures.build(corpus, index)
        let path = corpus + "/" + files[0]
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: path)
        let summary = try Fixtures.build(corpus, index)
        #expect(summary.touched == 1 && summary.changes == 0 && summary.passagesWritten == 0)
        #expect(try Fixtures.build(corpus, index).touched == 0)  // the new mtime was recorded
    }

    @Test func fullRebuildSwapsInANewGenerationWithTheSameContent() throws {
        let first = try Fixtures.build(corpus, index)
        let before = try Fixtures.search(index, "oil prices", perArticle: 0).hits.map(\.id)
        #expect(before.count == 10)
        let layout = IndexLayout(root: index)
        let oldGeneration = layout.generation(ofShard: try layout.liveShards()[0])
        let full = try Fixtures.build(corpus, index) { $0.full = true }
        #expect(full.full && full.passages == first.passages)
        #expect(layout.generation(ofShard: try layout.liveShards()[0]) != oldGeneration)
        #expect(try Fixtures.search(index, "oil prices", perArticle: 0).hits.map(\.id) == before)
        try Fixtures.build(corpus, index)  // the next build removes the old generation
        #expect(!FileManager.default.fileExists(atPath: layout.absolute(oldGeneration)))
    }

    @Test func statusReportsFilesAndChangesOnDiskSince() throws {
        try Fixtures.build(corpus, index)
        try FileManager.default.removeItem(atPath: corpus + "/" + files[0])
        Fixtures.write("ADDED\n\nA new paragraph.\n", to: corpus + "/added.txt")
        let status = try IndexStatus.load(index: index)
        #expect(status.files == 40)
        #expect(status.pending?.added == 1 && status.pending?.removed == 1 && status.pending?.changed == 0)
        #expect(status.lastBuild?.added == 40)
        #expect(status.documents == status.passages)
    }

    /// The first six words of the first passage of `name`, as the corpus has it now.
    private func firstWords(of name: String) throws -> String {
        let article = TextArticleParser().parse(try String(contentsOfFile: corpus + "/" + name, encoding: .utf8))
        return article.passages.first!.text.split(separator: " ").prefix(6).joined(separator: " ")
    }
}
