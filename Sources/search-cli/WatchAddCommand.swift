import ArgumentParser
import Indexer

struct WatchAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Save a query as a watch.",
        discussion: """
        NAME is 1 to 40 lower-case letters, digits, - or _. The first check reports every passage that \
        matches now; with --from-now, only passages indexed by later builds.
        """
    )

    @Argument(help: "The watch's name, a short slug.")
    var name: String

    @Argument(help: "The query, as for `search`.")
    var query: String

    @Flag(help: "Report only passages indexed by builds after this one.")
    var fromNow = false

    @OptionGroup var lock: WatchLockOptions
    @OptionGroup var location: IndexOptions

    func run() throws {
        do {
            guard Watch.isValidName(name) else { throw WatchError.badName(name) }
            guard !query.allSatisfy(\.isWhitespace) else { throw WatchError.emptyQuery }
            let results = try location.searcher(verbose: false).search(SearchRequest(query: query, limit: 1))
            if let problem = results.syntaxError { throw WatchError.badQuery(name: name, message: problem) }
            let watch = try WatchStore(index: location.path, waitForLock: lock.wait).add(name: name, query: query, fromNow: fromNow)
            print("Added watch \(watch.name): \(Terminal.clean(watch.query))")
        } catch {
            throw WatchFailure.exit(error)
        }
    }
}
