import ArgumentParser
import Indexer

/// One-line notes about the query, on standard error.
enum Notes {
    static func syntaxError(query: String, _ error: String?) {
        guard let error else { return }
        Terminal.standardError("search-cli: note: query \"\(Terminal.oneLine(query))\" has a syntax error (\(Terminal.oneLine(error))); searched for its plain words instead")
    }

    /// What the query limits changed (`QueryLimits`), one line each.
    static func limits(_ notes: [QueryNote]) {
        for note in notes { Terminal.standardError("search-cli: note: \(Terminal.oneLine(note.description))") }
    }

    /// The remote shards a partial answer leaves out (`--allow-partial`), one line each.
    static func missing(_ shards: [MissingShard]) {
        for shard in shards {
            Terminal.standardError("search-cli: note: \(Terminal.oneLine(shard.description)); these results leave out its passages")
        }
    }
}
