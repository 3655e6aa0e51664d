extension Terminal {
    /// `clean(text)` on one line: line breaks (`\n`, U+2028, U+2029) become
    /// spaces, so a query or an argument cannot split an error or a note.
    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(clean(text).unicodeScalars.map { scalar in
            scalar == "\n" || scalar == "\u{2028}" || scalar == "\u{2029}" ? " " : scalar
        }))
    }
}
