import Foundation
import Indexer

/// Prints a `WatchCheck`'s reports (text grouped by watch, or one JSON object
/// per watch), makes sure they reached standard output, and only then
/// advances the marks. Shared by `watch check` and `index build --watch`.
struct WatchReportWriter {
    var json = false
    var quiet = false

    /// Returns whether anything was new.
    func write(_ check: WatchCheck, corpus: String?) throws -> Bool {
        let anyNew = check.reports.contains(where: \.isNew)
        var out = ""
        func print(_ line: String, terminator: String = "\n") { out += line + terminator }
        if json && !quiet {
            for report in check.reports { print(try WatchJSON(report, corpus: corpus).encoded()) }
        } else if !quiet {
            let renderer = HitRenderer(highlight: ColorChoice.auto.highlight(environment: ProcessInfo.processInfo.environment, stdoutIsTTY: Terminal.stdoutIsTTY))
            for report in check.reports where report.isNew {
                let count = report.results.hits.count
                print("== \(report.watch.name): \(count) new \(SummaryText.plural(count, "passage")) for \(Terminal.clean(report.watch.query)) (builds \(report.since + 1)–\(report.through))")
                for hit in report.results.hits {
                    print("\(hit.rank). \(Terminal.clean(hit.passage.title))")
                    print(renderer.passage(hit), terminator: "")
                }
            }
            if !anyNew { print("Nothing new for \(check.reports.count) \((check.reports.count == 1 ? "watch" : "watches")).") }
        }
        // The marks move only once the reports are out (write(2), unbuffered):
        // a closed or full standard output leaves them where they were.
        do {
            try FileHandle.standardOutput.write(contentsOf: Data(out.utf8))
        } catch {
            throw ExitStatus.fail("could not write the watch reports to standard output (\(error)): the marks were not advanced",
                                  code: ExitStatus.ioError)
        }
        try check.commit()
        return anyNew
    }
}
