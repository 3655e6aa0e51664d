import Foundation
import Testing
import TestSupport
@testable import Indexer

/// Files that vanish or change while a build reads them.
@Suite struct FileChangeTests {
    let temp = TempFolder()
    @Test func aFileThatChangesWhileReadIsSkippedAndRetriedNextTime() throws {
        let root = temp.path
        let corpus = root + "/corpus", index = root + "/index"
        Fixtures.write(Fixtures.seedText, to: corpus + "/moving.txt")
        let capture = LogCapture()
        let summary = try Fixtures.build(corpus, index, configure: {
            $0.afterRead = { path in
                if let handle = FileHandle(forWritingAtPath: path) {
                    handle.seekToEndOfFile()
                    handle.write(Data("\n\nMore text arrives.\n".utf8))
                    handle.closeFile()
                }
            }
        }, logger: capture.logger)
        #expect(summary.skipped.map(\.tag) == ["changed-while-reading"])
        #expect(capture.messages.count == 1 && capture.messages[0].contains("moving.txt"))
        let next = try Fixtures.build(corpus, index)
        #expect(next.added == 1 && next.skipped.isEmpty && next.passages == 24)
    }

    @Test func aFileThatVanishesBeforeItIsReadIsSkipped() throws {
        let root = temp.path
        let corpus = root + "/corpus"
        Fixtures.write(Fixtures.seedText, to: corpus + "/gone.txt")
        let reader = ArticleFileReader()
        try FileManager.default.removeItem(atPath: corpus + "/gone.txt")
        guard case .skipped(let reason) = reader.read(corpus + "/gone.txt") else {
            Issue.record("a vanished file was read")
            return
        }
        #expect(reason == .vanished)
    }

    @Test func aFifoIsNeverOpenedForReading() throws {
        let path = temp("pipe.txt")
        #expect(mkfifo(path, 0o644) == 0)
        // Opening a FIFO for reading would block forever; the reader must not.
        guard case .skipped(let reason) = ArticleFileReader().read(path) else {
            Issue.record("a FIFO was read")
            return
        }
        #expect(reason.tag == "not-regular")
    }
}
