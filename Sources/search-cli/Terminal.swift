import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Terminal facts and safe printing of untrusted text.
enum Terminal {
    static var stdoutIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTTY: Bool { isatty(STDERR_FILENO) == 1 }

    /// Removes control characters (escape sequences included) before printing.
    static func clean(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { scalar in
            let v = scalar.value
            return !(v < 0x20 && v != 0x0A) && !(0x7F...0x9F).contains(v)
        }))
    }

    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
