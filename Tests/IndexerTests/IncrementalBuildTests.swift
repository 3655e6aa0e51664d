import Foundation
import Testing
@testable import Indexer
import TestSupport

@Suite(.enabled(if: Fixtures.hasCorpora, "needs ../shared/corpora"))
struct IncrementalBuildTests {
    let corpus: String
    let index: String

    init() throws {
        let dir = Fixtures.tempDir()
        corpus = dir + "/corpus"
        index = dir + "/index"
        #expect(Fixtures.reutersSubset(40, into: corpus))
    }

    private func files() -> [String] { (try! FileManager.default.contentsOfDirectory(atPath: corpus)).sorted() }

    @Test func aSecondBuildWithNothingChangedReportsNoChanges() throws {
        let first = try Fixtures.build(corpus, index)
        #expect(first.added == 40 && first.articles == 40 && first.passages > 40)
        let second = try Fixtures.build(corpus, index)
        #expect(second.changes == 0 && second.passagesWritten == 0 && second.unchanged == 40)
        #expect(second.passages == first.passages)
    }

    @Test func changesDeletionsAdditionsAndRenamesAreReportedExactly() throws {
        try Fixtures.build(corpus, index)
        let names = files()
        for name in names.prefix(3) {  // change 3
            let path = corpus + "/" + name
            try (String(contentsOfFile: path, encoding: .utf8) + "\nZanzibarite flamingo quorum paragraph.\n").write(toFile: path, atomically: false, encoding: .utf8)
        }
        for name in names[3..<5] { try FileManager.default.removeItem(atPath: corpus + "/" + name) }  // delete 2
        Fixtures.write("NEW ARTICLE ABOUT QUOKKAS\n\nThe quokka census counted marsupials on Rottnest.\n", to: corpus + "/zz-new.txt")
        try FileManager.default.moveItem(atPath: corpus + "/" + names[5], toPath: corpus + "/renamed.txt")  // rename 1

        let summary = try Fixtures.build(corpus, index)
        #expect(summary.changed == 3)
        #expect(summary.removed == 2)
        #expect(summary.added == 1)
        #expect(summary.renamed == 1)
        #expect(summary.articles == 39)

        let changed = try Fixtures.search(index, "Zanzibarite flamingo", perArticle: 0)
        #expect(Set(changed.hits.map(\.passage.path)) == Set(names.prefix(3)))
        #expect(try Fixtures.search(index, "quokka").hits.first?.passage.path == "zz-new.txt")
        let gone = try Fixtures.search(index, "\"\(firstWords(of: names[3]))\"", perArticle: 0)
        #expect(!gone.hits.contains { $0.passage.path == names[3] })
        let renamedTitle = TextArticleParser().parse(try String(contentsOfFile: corpus + "/renamed.txt", encoding: .utf8)).title
        let renamed = try Fixtures.search(index, "title:(\(renamedTitle.filter { $0.isLetter || $0 == " " }))", perArticle: 0)
        #expect(renamed.hits.contains { $0.passage.path == "renamed.txt" })
        #expect(!renamed.hits.contains { $0.passage.path == names[5] })
    }

    @Test func aTouchedFileWithTheSameContentIsNotReindexed() throws {
        try Fixtures.build(corpus, index)
        let path = corpus + "/" + files()[0]
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: path)
        let summary = try Fixtures.build(corpus, index)
        #expect(summary.touched == 1 && summary.changes == 0 && summary.passagesWritten == 0)
        #expect(try Fixtures.build(corpus, index).touched == 0)  // the new mtime was recorded
    }

    @Test func fullRebuildSwapsInANewGenerationWithTheSameContent() throws {
        let first = try Fixtures.build(corpus, index)
        let before = try Fixtures.search(index, "oil prices", perArticle: 0).hits.map(\.id)
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
        try FileManager.default.removeItem(atPath: corpus + "/" + files()[0])
        Fixtures.write("ADDED\n\nA new paragraph.\n", to: corpus + "/added.txt")
        let status = try IndexStatus.load(index: index)
        #expect(status.files == 40)
        #expect(status.pending?.added == 1 && status.pending?.removed == 1 && status.pending?.changed == 0)
        #expect(status.lastBuild?.added == 40)
        #expect(status.documents == status.passages)
    }

    private func firstWords(of name: String) -> String {
        let text = try! String(contentsOfFile: Fixtures.reutersAll! + "/" + name, encoding: .utf8)
        let article = TextArticleParser().parse(text)
        return article.passages.first!.text.split(separator: " ").prefix(6).joined(separator: " ")
    }
}
