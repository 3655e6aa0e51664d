import Foundation
import Indexer

/// A one-line progress bar on standard error, redrawn at most ten times a second.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private var lastDraw = 0.0
    private var drawn = false

    func update(_ p: BuildProgress) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date().timeIntervalSince1970
        guard now - lastDraw >= 0.1 || p.filesDone == p.filesTotal else { return }
        lastDraw = now
        drawn = true
        let width = 30
        let fraction = p.filesTotal == 0 ? 1 : Double(p.filesDone) / Double(p.filesTotal)
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(p.filesDone)/\(p.filesTotal) files, \(p.passages) passages".utf8))
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }
}
