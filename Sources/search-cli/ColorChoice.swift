import ArgumentParser

/// `--color auto|always|never`, as ripgrep and ls take it.
///
/// - `always`: bold matches, whatever stdout is and whatever `NO_COLOR` says
///   (a flag on the command line beats the environment), for `| less -R`.
/// - `never`: no marks at all, the text as it is.
/// - `auto` (the default): bold on a terminal; `[bracketed]` matches, with the
///   text's own brackets escaped, when stdout is not a terminal, when
///   `NO_COLOR` is set to anything but the empty string, or when `TERM=dumb`.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
    case auto, always, never

    func highlight(environment: [String: String], stdoutIsTTY: Bool) -> Highlight {
        switch self {
        case .always: return .bold
        case .never: return .none
        case .auto:
            let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            return stdoutIsTTY && !noColor && !Terminal.isDumb(environment) ? .bold : .brackets
        }
    }
}
