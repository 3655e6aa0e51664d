import Foundation
import Indexer

/// A one-line progress bar on standard error (a terminal), redrawn at most
/// ten times a second, never wider than the terminal (it is measured at each
/// draw, so a resize is followed). After two seconds it adds the rate and the
/// time left. `interrupt(_:)` clears it, writes a line, and draws it again
/// below, so warnings never share its line; `stop()` clears it for good (the
/// end of the build, or Ctrl-C).
final class ProgressBar: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var lastDraw = 0.0
    private var drawn = false
    private var stopped = false
    private var last: BuildProgress?
    private let started: Double
    private let columns: () -> Int?

    init(columns: @escaping () -> Int? = { Terminal.columns(STDERR_FILENO) }, now: Double = Date().timeIntervalSince1970) {
        self.columns = columns
        self.started = now
    }

    /// A bar for a build, or nil when none should be drawn: stderr is not a
    /// terminal, or `TERM=dumb` (no cursor movement there).
    static func forBuild(environment: [String: String]) -> ProgressBar? {
        Terminal.stderrIsTTY && !Terminal.isDumb(environment) ? ProgressBar() : nil
    }

    func update(_ p: BuildProgress) {
        lock.withLock {
            let now = Date().timeIntervalSince1970
            last = p
            guard !stopped, now - lastDraw >= 0.1 || p.filesDone == p.filesTotal else { return }
            lastDraw = now
            draw(p, now: now)
        }
    }

    /// Writes `line` (and a newline) on standard error on a line of its own,
    /// then draws the bar again under it.
    func interrupt(_ line: String) {
        lock.withLock {
            let clear = drawn ? "\r\u{1B}[K" : ""
            FileHandle.standardError.write(Data((clear + line + "\n").utf8))
            drawn = false
            if !stopped, let last { draw(last, now: Date().timeIntervalSince1970) }
        }
    }

    /// Clears the bar and draws it no more.
    func stop() {
        lock.withLock {
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            drawn = false
            stopped = true
        }
    }

    private func draw(_ p: BuildProgress, now: Double) {
        let width = (columns() ?? 80) - 1  // the last column would wrap on some terminals
        FileHandle.standardError.write(Data(("\r" + Self.line(p, elapsed: now - started, width: width) + "\u{1B}[K").utf8))
        drawn = true
    }

    /// The bar's text in at most `width` columns: the bar, then as many of
    /// the counts, the passages, the rate and the time left as fit.
    static func line(_ p: BuildProgress, elapsed: Double, width: Int) -> String {
        var parts = ["\(Digits.grouped(p.filesDone))/\(Digits.grouped(p.filesTotal)) files",
                     "\(Digits.grouped(p.passages)) passages"]
        if elapsed >= 2, p.filesDone > 0 {
            let rate = Double(p.filesDone) / elapsed
            parts.append("\(Digits.grouped(Int(rate.rounded()))) files/s")
            if p.filesDone < p.filesTotal {
                parts.append(duration(Double(p.filesTotal - p.filesDone) / rate) + " left")
            }
        }
        let fraction = p.filesTotal == 0 ? 1 : min(Double(p.filesDone) / Double(p.filesTotal), 1)
        while true {
            let text = parts.joined(separator: ", ")
            let barWidth = min(30, width - text.count - 1)
            if barWidth >= 10 || parts.count == 1 {
                guard barWidth >= 10 else { return String(text.prefix(max(width, 0))) }
                let filled = Int(fraction * Double(barWidth))
                return String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled) + " " + text
            }
            parts.removeLast()
        }
    }

    /// "42 s", "3 min 05 s", "1 h 20 min".
    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded(.up))
        if s < 60 { return "\(s) s" }
        if s < 3600 { return String(format: "%d min %02d s", s / 60, s % 60) }
        return String(format: "%d h %02d min", s / 3600, (s % 3600) / 60)
    }
}
