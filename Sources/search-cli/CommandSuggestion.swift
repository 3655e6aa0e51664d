import ArgumentParser

/// A misspelt command (`search-cli serch`, `index biuld`), or a subcommand
/// given without its parent (`search-cli build`): one line naming the command
/// meant, before ArgumentParser's "unexpected arguments".
enum CommandSuggestion {
    /// Each command level: the words that may come next, read from the
    /// commands' own configurations (so a new command is known at once).
    static let commands: [[String]: [String]] = {
        var table: [[String]: [String]] = [:]
        func visit(_ command: any ParsableCommand.Type, path: [String]) {
            let children = command.configuration.subcommands
            guard !children.isEmpty else { return }
            table[path] = children.map { $0._commandName } + ["help"]
            for child in children { visit(child, path: path + [child._commandName]) }
        }
        visit(SearchCLI.self, path: [])
        return table
    }()

    /// The error line for `arguments` (without the program's name), or nil
    /// when its commands are all known.
    static func problem(_ arguments: [String]) -> String? {
        var path: [String] = []
        var rest = arguments[...]
        while let names = commands[path], let word = rest.first, !word.hasPrefix("-") {
            guard names.contains(word) else { return message(word, after: path) }
            path.append(word)
            rest = rest.dropFirst()
        }
        return nil
    }

    static func message(_ word: String, after path: [String]) -> String {
        let shown = Terminal.oneLine(word)
        let here = (path + [""]).joined(separator: " ")
        let names = commands[path] ?? []
        if let best = closest(word, among: names) {
            return "unknown command '\(here)\(shown)'; did you mean '\(here)\(best)'?"
        }
        // A subcommand of another level: `search-cli build` for `index build`.
        for (parent, children) in commands where parent != path && children.contains(word) && word != "help" {
            return "unknown command '\(here)\(shown)'; did you mean '\((parent + [word]).joined(separator: " "))'?"
        }
        if path.isEmpty, let best = commands[["index"]].flatMap({ closest(word, among: $0) }) {
            return "unknown command '\(shown)'; did you mean 'index \(best)'?"
        }
        return "unknown command '\(here)\(shown)'; the commands are: " + names.filter { $0 != "help" }.joined(separator: ", ")
    }

    /// The name within edit distance 2 of `word` (1 for short names), if one.
    static func closest(_ word: String, among names: [String]) -> String? {
        let lower = word.lowercased()
        let scored = names.map { ($0, distance(lower, $0)) }.filter { $0.1 <= ($0.0.count <= 4 ? 1 : 2) }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Damerau–Levenshtein (optimal string alignment) distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}
