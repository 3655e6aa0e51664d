/// Article text is untrusted. This removes what must never reach the index or
/// a terminal: C0 and C1 control characters (tabs and newlines become spaces),
/// DEL, and the private-use characters U+E000 and U+E001 (which earlier versions used
/// as highlight markers; still removed, so that every index stores the same text).
public enum TextSanitizer {
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsCleaning) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" || scalar == "\n" || scalar == "\r" {
                out.append(" ")
            } else if !needsCleaning(scalar) {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func needsCleaning(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0xE000...0xE001).contains(v)
    }
}
