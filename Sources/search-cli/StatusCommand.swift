import ArgumentParser
import Foundation
import Indexer

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the last build, what the index holds, failed files, and changes on disk since.",
        discussion: ExitStatus.summary([0, 1, 65, 66, 77])
    )

    @OptionGroup var location: IndexOptions

    @Flag(help: "Print the status as one JSON object.")
    var json = false

    func run() throws {
        let status: IndexStatus
        do {
            status = try IndexStatus.load(index: location.path)
        } catch let damage as IndexDamage {
            throw ExitStatus.fail(damage.description, code: ExitStatus.damaged)
        } catch let error as IndexError {
            if case .noIndex = error { throw ExitStatus.fail(error.description, code: ExitStatus.noIndex) }
            if case .cannotRead = error { throw ExitStatus.fail(error.description, code: ExitStatus.noPermission) }
            throw ExitStatus.fail(error.description, code: ExitStatus.failure)
        }
        if json {
            print(try JSONOutput.encode(StatusJSON(status)))
            return
        }
        var lines = ["Index: \(Terminal.clean(status.index))"]
        if let build = status.lastBuild {
            let date = Date(timeIntervalSince1970: build.startedAt)
            lines.append("Last build: \(ISO8601DateFormatter().string(from: date)), took \(String(format: "%.2f", build.seconds)) s (\(build.full ? "full" : "incremental"), \(build.changes) changes)")
            lines.append("Corpus: \(Terminal.clean(build.corpus))")
            lines.append("Language: \(build.language); shards: \(build.shards)")
        }
        if let remotes = status.remotes {
            lines.append("Front index over \(remotes.count) remote \(SummaryText.plural(remotes.count, "shard")) (\(remotes.filter(\.answers).count) \(remotes.filter(\.answers).count == 1 ? "answers" : "answer")); local database: \(status.metaDatabase ?? "none")")
            for remote in remotes {
                let state = remote.answers ? "answers, \(remote.documents ?? 0) documents" : "does not answer (\(Terminal.clean(remote.reason ?? "")))"
                lines.append("  \(Terminal.clean(remote.shard)): \(state)")
            }
        }
        lines.append("Files indexed: \(status.files); passages: \(status.passages) (\(status.captions) captions); documents: \(status.documents)")
        for (format, count) in status.formats.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(format): \(count.files) \(SummaryText.plural(count.files, "file")), \(count.articles) \(SummaryText.plural(count.articles, "article")), \(count.passages) \(SummaryText.plural(count.passages, "passage")) (\(count.captions) \(SummaryText.plural(count.captions, "caption")))")
        }
        if let pending = status.pending {
            lines.append("Changed on disk since: \(pending.total) (\(pending.added) added, \(pending.changed) changed, \(pending.removed) removed)")
        } else {
            lines.append("Changed on disk since: unknown (the corpus folder is gone)")
        }
        if let watches = status.watches {
            lines.append("Build sequence: \(status.buildSequence ?? 0); watches: \(watches.count)")
            for watch in watches {
                let checked = watch.checkedAt.map { ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: $0)) } ?? "never"
                lines.append("  \(watch.name): \(Terminal.clean(watch.query)) (reported through build \(watch.mark); last check: \(checked))")
            }
        }
        lines.append("Failed files: \(status.failed.count)")
        for failure in status.failed { lines.append("  \(Terminal.clean(failure.path)): \(Terminal.clean(failure.reason))") }
        print(lines.joined(separator: "\n"))
    }
}
