import ArgumentParser
import Foundation
import Indexer

struct DuplicatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duplicates",
        abstract: "List the stories the archive holds more than once (near-duplicate articles), largest first.",
        discussion: """
        Each build puts near-duplicate articles (republished wire copies, updated versions, \
        corrections) into one story: articles whose estimated share of 3-word shingles is at least \
        the index's --dup-threshold (see `index build --help`). Each story is listed with its id, \
        which search results give as their story, and its articles: path, date and title.

        \(ExitStatus.summary([0, 1, 64, 65, 66, 77]))
        """
    )

    static let maxMinSize = 1_000_000

    @OptionGroup var location: IndexOptions

    @Option(name: .customLong("min-size"), help: ArgumentHelp("List only stories of at least this many articles (2 or more).", valueName: "n"))
    var minSize = 2

    @Option(help: ArgumentHelp("List at most this many stories (0: all).", valueName: "n"))
    var limit = 0

    @Flag(help: "Print one JSON object.")
    var json = false

    func validate() throws {
        guard (2...Self.maxMinSize).contains(minSize) else { throw ValidationError("--min-size must be from 2 to \(Self.maxMinSize)") }
        guard (0...Self.maxMinSize).contains(limit) else { throw ValidationError("--limit must be from 0 to \(Self.maxMinSize)") }
    }

    func run() throws {
        let clusters: [StoryCluster]
        let threshold: DuplicateThreshold?
        let corpus: String?
        do {
            let searcher = try location.searcher(verbose: false)
            clusters = try searcher.duplicates(minSize: minSize)
            threshold = try searcher.duplicateThreshold()
            corpus = searcher.corpus
        } catch let error as SearchError {
            throw ExitStatus.fail(error)
        }
        let shown = limit > 0 ? Array(clusters.prefix(limit)) : clusters
        if json {
            print(try DuplicatesJSON(shown, index: location.path, threshold: threshold, corpus: corpus).encoded())
            return
        }
        guard !shown.isEmpty else {
            print("No story is held more than once\(minSize > 2 ? " by \(minSize) articles or more" : "") (near-duplicate threshold: \(threshold?.description ?? "off")).")
            return
        }
        var lines: [String] = []
        for cluster in shown {
            lines.append("Story \(cluster.id): \(cluster.size) articles")
            let width = min(48, cluster.articles.map { Terminal.clean($0.article).count }.max() ?? 0)
            for article in cluster.articles {
                let name = Terminal.clean(article.article)
                let padded = name.count < width ? name + String(repeating: " ", count: width - name.count) : name
                lines.append("  \(padded)  \(article.date.map { String($0.prefix(10)) } ?? "          ")  \(Terminal.clean(article.title))")
            }
            lines.append("")
        }
        let articles = shown.reduce(0) { $0 + $1.size }
        lines.append("\(shown.count) \(shown.count == 1 ? "story" : "stories") held more than once, \(articles) articles in all\(shown.count < clusters.count ? " (of \(clusters.count) stories)" : "") (near-duplicate threshold: \(threshold?.description ?? "off")).")
        print(lines.joined(separator: "\n"))
    }
}
