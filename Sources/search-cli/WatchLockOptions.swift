import ArgumentParser

/// How long a watch command waits for a running build's lock.
struct WatchLockOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Wait up to this many seconds for a running build (default: exit 75 at once).", valueName: "seconds"))
    var wait: Double = 0

    func validate() throws {
        guard (0...BuildCommand.maxWaitSeconds).contains(wait) else {
            throw ValidationError("--wait must be from 0 to \(Int(BuildCommand.maxWaitSeconds)) seconds")
        }
    }
}
