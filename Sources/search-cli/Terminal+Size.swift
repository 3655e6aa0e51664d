import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Terminal {
    /// The width in columns of the terminal on `fd`, or nil when `fd` is not
    /// a terminal (or reports no size).
    static func columns(_ fd: Int32) -> Int? {
        guard isatty(fd) == 1 else { return nil }
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// True when `TERM` is `dumb` (Emacs shells, some CI logs): no cursor
    /// movement, no colour.
    static func isDumb(_ environment: [String: String]) -> Bool {
        environment["TERM"] == "dumb"
    }
}
