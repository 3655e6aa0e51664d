import ArgumentParser

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Saved searches that report the passages new since their last check.",
        discussion: """
        A watch is a named query stored in the index. `watch check` reports the passages whose \
        content was first indexed after the watch's last check, then advances its mark; `index \
        build --watch` does the same after a build. `watch check` exits 0 when something is new \
        and 1 when nothing is.

        \(ExitStatus.summary([0, 1, 64, 65, 66, 75, 77]))
        """,
        subcommands: [WatchAddCommand.self, WatchListCommand.self, WatchRemoveCommand.self, WatchCheckCommand.self, WatchFeedCommand.self]
    )
}
