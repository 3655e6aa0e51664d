import ArgumentParser
import Foundation
import Indexer

struct WatchListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the watches, with their marks.")

    @OptionGroup var location: IndexOptions

    func run() throws {
        do {
            let store = WatchStore(index: location.path)
            guard store.layout.exists else { throw SearchError.noIndex(store.layout.root) }
            let watches = try store.list()
            let sequence = try store.sequence()
            guard !watches.isEmpty else {
                print("No watches (add one with `search-cli watch add NAME QUERY`).")
                return
            }
            for watch in watches {
                let checked = watch.checkedAt.map { ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: $0)) } ?? "never"
                print("\(watch.name)\t\(Terminal.clean(watch.query))\treported through build \(watch.mark) of \(sequence)\tlast check: \(checked)")
            }
        } catch {
            throw WatchFailure.exit(error)
        }
    }
}
