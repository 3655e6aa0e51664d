import ArgumentParser
import Indexer

struct WatchFeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Print a watch's latest matches as an Atom feed (moves no mark).",
        discussion: "Entries are newest build first; each id is the passage's path#N and the build its content was first indexed in."
    )

    @Argument(help: "The watch's name.")
    var name: String

    @Option(help: "At most this many entries (1 to 1000).")
    var limit = 50

    @OptionGroup var location: IndexOptions

    func validate() throws {
        guard (1...1000).contains(limit) else { throw ValidationError("--limit must be from 1 to 1000") }
    }

    func run() throws {
        do {
            let feed = try WatchFeed(store: WatchStore(index: location.path), name: name,
                                     searcher: try location.searcher(verbose: false), limit: limit)
            print(feed.atom(), terminator: "")
        } catch {
            throw WatchFailure.exit(error)
        }
    }
}
