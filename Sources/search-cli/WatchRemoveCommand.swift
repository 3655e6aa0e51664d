import ArgumentParser
import Indexer

struct WatchRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Delete a watch.")

    @Argument(help: "The watch's name.")
    var name: String

    @OptionGroup var lock: WatchLockOptions
    @OptionGroup var location: IndexOptions

    func run() throws {
        do {
            try WatchStore(index: location.path, waitForLock: lock.wait).remove(name: name)
            print("Removed watch \(name).")
        } catch {
            throw WatchFailure.exit(error)
        }
    }
}
