import Foundation
import Testing
import TestSupport
@testable import Indexer

/// The walk: byte order of names, depth first, without recursion; folders past
/// the depth limit are skipped with one item; names that are not UTF-8 are
/// walked under a lossless escaped name that the reader opens again.
@Suite struct CorpusWalkerTests {
    let temp = TempFolder()
    var corpus: String { temp.path + "/corpus" }

    func write(_ relative: String, _ text: String = "Title\n\nA paragraph.\n") {
        Fixtures.write(text, to: corpus + "/" + relative)
    }

    /// The order the walk has always had: each folder's names sorted, depth first.
    func referenceOrder(_ folder: String, _ relative: String = "") -> [String] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        var out: [String] = []
        for name in names where !name.hasPrefix(".") {
            let rel = relative.isEmpty ? name : relative + "/" + name
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder)
            if isFolder.boolValue { out += referenceOrder(folder + "/" + name, rel) } else if ArticleFormat(path: name) != nil { out.append(rel) }
        }
        return out
    }

    @Test func theOrderIsByteOrderOfNamesDepthFirst() {
        for name in ["b.txt", "a/z.txt", "a/b/c.md", "a.txt", "A.txt", "Z/a.html", "é.txt", "e/é/x.txt", "10.txt", "9.txt",
                     "a-b/x.jsonl", "a b/y.txt", ".hidden/x.txt", ".h.txt", "a/.b.txt", "notes.pdf", "a/b.txt"] {
            write(name)
        }
        let walked = CorpusWalker(root: corpus).walk().entries.map(\.relativePath)
        #expect(walked == referenceOrder(corpus))
        #expect(walked.first == "10.txt" && walked.contains("a/b/c.md"))
    }

    @Test func foldersPastTheDepthLimitAreSkippedWithOneItem() throws {
        var relative = ""
        for level in 1...300 {
            relative += (relative.isEmpty ? "" : "/") + "d"
            if level == 10 || level == 256 || level == 257 || level == 300 {
                try FileManager.default.createDirectory(atPath: corpus + "/" + relative, withIntermediateDirectories: true)
                write(relative + "/at\(level).txt")
            }
        }
        let result = CorpusWalker(root: corpus).walk()
        #expect(result.entries.map { $0.relativePath.split(separator: "/").last! } == ["at10.txt", "at256.txt"])
        #expect(result.skipped.count == 1)
        let skipped = try #require(result.skipped.first)
        #expect(skipped.path.split(separator: "/").count == 257)
        #expect(skipped.reason.tag == "too-deep" && skipped.reason.description.contains("256"), "\(skipped.reason)")
    }

    @Test func aNameThatIsNotUTF8IsWalkedUnderAnEscapedNameAndReadAgain() throws {
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let folder = RawNames.path(corpus, Array("Archiv f".utf8) + [0xFC] + Array("r 2003".utf8))
        #expect(RawNames.mkdir(folder))
        #expect(RawNames.write(folder + Array("/Gr".utf8) + [0xFC, 0xDF] + Array("e.txt".utf8), "Greetings\n\nAbout otters.\n"))
        #expect(RawNames.write(folder + Array("/plain.txt".utf8), "Plain\n\nAbout badgers.\n"))
        let entries = CorpusWalker(root: corpus).walk().entries
        #expect(entries.map(\.relativePath) == ["Archiv f\\xFCr 2003/Gr\\xFC\\xDFe.txt", "Archiv f\\xFCr 2003/plain.txt"])
        for entry in entries {
            guard case .read(let contents) = ArticleFileReader().read(entry.absolutePath) else {
                Issue.record("\(entry.relativePath) could not be read again")
                continue
            }
            #expect(contents.text.contains("About"))
        }
    }

    @Test func aBackslashInAnEscapedNameIsEscapedToo() throws {
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        #expect(RawNames.write(RawNames.path(corpus, Array("a\\x41".utf8) + [0xE9] + Array(".txt".utf8)), "Odd\n\nA name.\n"))
        write("a\\x41.txt")  // a valid name with a backslash keeps it as it is
        let entries = CorpusWalker(root: corpus).walk().entries
        #expect(Set(entries.map(\.relativePath)) == ["a\\x5Cx41\\xE9.txt", "a\\x41.txt"])
        for entry in entries {
            guard case .read = ArticleFileReader().read(entry.absolutePath) else {
                Issue.record("\(entry.relativePath) could not be read again")
                continue
            }
        }
    }
}
