/// `--output paths`: each matching file once, best first, as `rg -l` prints them.
enum PathList {
    /// Absolute when the index knows its corpus folder. Raw for a pipe (`xargs`
    /// needs the name as it is); without terminal controls on a terminal.
    static func print(_ paths: [String], corpus: String?) {
        var seen = Set<String>()
        for path in paths where seen.insert(path).inserted {
            let full = corpus.map { $0.hasSuffix("/") ? $0 + path : $0 + "/" + path } ?? path
            Swift.print(Terminal.stdoutIsTTY ? Terminal.clean(full) : full)
        }
    }
}
