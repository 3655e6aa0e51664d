/// Queries are data: `search "-espionage oil"` searches, rather than reading
/// `-e -s -p …` as options. Before the arguments of `search` or `similar` are
/// parsed, every argument that is not an option (or an option's value) moves
/// after a `--`, so that a query or passage id may start with `-`, and options
/// may come before or after it.
///
/// An option is a known one (with its value, for those that take one), or
/// anything shaped like one: `--word`, `--word=value`, or `-x` (one letter),
/// which the parser then accepts or refuses in one line. Everything after a
/// `--` given on the command line is the query, as it was.
enum QueryArguments {
    /// The options that take a value, per command, each with its long name;
    /// `QueryArgumentsTests` checks them against the commands' own definitions.
    static let valueOptions: [String: [String: String]] = [
        "search": ["--index": "--index", "--limit": "--limit", "-l": "--limit", "--offset": "--offset",
                   "--per-article": "--per-article", "--sort": "--sort", "--batch": "--batch",
                   "--output": "--output", "--color": "--color", "--duplicates": "--duplicates"],
        "similar": ["--index": "--index", "--limit": "--limit", "-l": "--limit", "--per-article": "--per-article",
                    "--output": "--output", "--color": "--color", "--duplicates": "--duplicates"],
    ]

    /// `arguments` (without the program's name) with the query moved after
    /// `--`, and each option's value joined to it (`--offset=-1`, so that a
    /// value may start with `-` too).
    static func rewrite(_ arguments: [String]) -> [String] {
        guard let command = arguments.first, let takesValue = valueOptions[command] else { return arguments }
        var options: [String] = []
        var words: [String] = []
        var rest = arguments.dropFirst()[...]
        while let argument = rest.popFirst() {
            if argument == "--" {
                words += rest
                break
            } else if let long = takesValue[argument] {
                options.append(rest.popFirst().map { long + "=" + $0 } ?? long)
            } else if looksLikeOption(argument) {
                options.append(argument)
            } else {
                words.append(argument)
            }
        }
        return [command] + options + (words.isEmpty ? [] : ["--"] + words)
    }

    /// `--word`, `--word=anything`, or `-x`.
    static func looksLikeOption(_ argument: String) -> Bool {
        let chars = Array(argument.unicodeScalars)
        if chars.count == 2 { return chars[0] == "-" && isASCIILetter(chars[1]) }
        guard chars.count > 2, chars[0] == "-", chars[1] == "-", isASCIILetter(chars[2]) else { return false }
        let name = chars[2...].prefix { $0 != "=" }
        return name.allSatisfy { isASCIILetter($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    private static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c)
    }
}
