import Foundation
import Testing
import TestSupport
@testable import Indexer

/// A build deletes only what it can prove it made, and refuses an index
/// folder that holds other files or lies inside the corpus.
@Suite struct IndexFolderSafetyTests {
    let folder = TempFolder()

    @Test func aFolderOfTheUsersIsRefusedAndNothingInItIsDeleted() throws {
        let mine = folder("mine")
        Fixtures.write("my notes\n", to: mine + "/gen-notes.txt")
        Fixtures.write("a photo\n", to: mine + "/gen-2024/photo.txt")
        let out = try CLI.run(["index", "build", Fixtures.seeds, "--index", mine])
        #expect(out.status == 73, "\(out.stderr)")
        #expect(out.stderr.split(separator: "\n").count == 1 && out.stderr.contains("holds files that are not an index's"))
        #expect(FileManager.default.fileExists(atPath: mine + "/gen-notes.txt"))
        #expect(FileManager.default.fileExists(atPath: mine + "/gen-2024/photo.txt"))
        #expect(!FileManager.default.fileExists(atPath: mine + "/XAPIANDB"))
    }

    @Test func filesAddedToAnIndexFolderLaterAreNeverDeleted() throws {
        let index = folder("index")
        try CLI.expectSuccess(["index", "build", Fixtures.seeds, "--index", index])
        Fixtures.write("keep me\n", to: index + "/gen-notes.txt")
        Fixtures.write("keep me\n", to: index + "/gen-2024/photo.txt")
        Fixtures.write("keep me\n", to: index + "/gen-7/notes.txt")
        try CLI.expectSuccess(["index", "build", Fixtures.seeds, "--index", index, "--full"])
        try CLI.expectSuccess(["index", "build", Fixtures.seeds, "--index", index, "--full"])
        for path in ["gen-notes.txt", "gen-2024/photo.txt", "gen-7/notes.txt"] {
            #expect(FileManager.default.fileExists(atPath: index + "/" + path), "\(path)")
        }
        // The build's own old generations are gone.
        let generations = try FileManager.default.contentsOfDirectory(atPath: index).filter {
            $0.hasPrefix("gen-") && FileManager.default.fileExists(atPath: index + "/" + $0 + "/.search-cli-generation")
        }
        #expect(generations.count == 1)
    }

    @Test func anIndexInsideTheCorpusIsRefused() throws {
        let corpus = folder("corpus")
        Fixtures.generatedCorpus(3, into: corpus)
        let out = try CLI.run(["index", "build", corpus, "--index", corpus + "/index"])
        #expect(out.status == 73)
        #expect(out.stderr.split(separator: "\n").count == 1 && out.stderr.contains("inside the corpus folder"))
        #expect(!FileManager.default.fileExists(atPath: corpus + "/index"))
        // The corpus itself as the index: refused too.
        #expect(try CLI.run(["index", "build", corpus, "--index", corpus]).status == 73)
        // A hidden folder inside the corpus is never walked, so it may hold the index.
        try CLI.expectSuccess(["index", "build", corpus, "--index", corpus + "/.index"])
    }

    @Test func anIndexOfAnEarlierVersionIsAdopted() throws {
        let index = folder("index")
        try CLI.expectSuccess(["index", "build", Fixtures.seeds, "--index", index])
        // As earlier versions left it: no markers.
        try FileManager.default.removeItem(atPath: index + "/" + IndexLayout.markerName)
        for gen in try FileManager.default.contentsOfDirectory(atPath: index) where gen.hasPrefix("gen-") {
            try FileManager.default.removeItem(atPath: index + "/" + gen + "/.search-cli-generation")
        }
        try CLI.expectSuccess(["index", "build", Fixtures.seeds, "--index", index, "--full"])
        #expect(FileManager.default.fileExists(atPath: index + "/" + IndexLayout.markerName))
        let generations = try FileManager.default.contentsOfDirectory(atPath: index).filter { $0.hasPrefix("gen-") }
        #expect(generations.count == 1, "\(generations)")
    }
}
