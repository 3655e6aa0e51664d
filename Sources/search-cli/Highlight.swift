/// How a snippet's matches are shown.
enum Highlight {
    /// SGR bold (`ESC[1m`…`ESC[22m`), which `less -R` keeps.
    case bold
    /// `[match]`; brackets and backslashes of the text itself are escaped
    /// (`\[`, `\]`, `\\`), so a mark is never confused with the text.
    case brackets
    /// No marks.
    case none

    /// `text` (already cleaned of control characters) as one fragment.
    func render(_ text: String, isMatch: Bool) -> String {
        switch self {
        case .bold: return isMatch ? "\u{1B}[1m" + text + "\u{1B}[22m" : text
        case .none: return text
        case .brackets:
            var out = isMatch ? "[" : ""
            for c in text {
                if c == "[" || c == "]" || c == "\\" { out.append("\\") }
                out.append(c)
            }
            return isMatch ? out + "]" : out
        }
    }

    /// The columns a fragment takes on screen once rendered.
    func width(_ text: String, isMatch: Bool) -> Int {
        switch self {
        case .bold, .none: return text.count
        case .brackets: return render(text, isMatch: isMatch).count
        }
    }
}
