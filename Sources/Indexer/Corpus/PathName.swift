#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File names are bytes, but the paths in records, passage ids and output are
/// Strings. A name that is valid UTF-8 is itself. A name that is not keeps its
/// valid characters and writes every other byte, and every backslash, as
/// `\xHH` (`Archiv f\xFCr 2003`): printable, and lossless, since `unescaped`
/// gives the bytes back. (ASCII is always valid, so no name of plain ASCII or
/// UTF-8 ever changes.)
enum PathName {
    /// The name to show and record for the bytes of one path component.
    static func display(_ name: [UInt8]) -> String {
        if UTF8Validation.firstInvalidOffset(name) == nil { return String(decoding: name, as: UTF8.self) }
        var out = ""
        var i = 0
        while i < name.count {
            let length = UTF8Validation.sequenceLength(name, at: i)
            if length > 0, name[i] != UInt8(ascii: "\\") {
                out += String(decoding: name[i..<i + length], as: UTF8.self)
                i += length
            } else {
                out += "\\x" + hex(name[i])
                i += 1
            }
        }
        return out
    }

    /// The bytes an escaped name stands for; nil when `name` has no `\xHH`.
    static func unescaped(_ name: Substring) -> [UInt8]? {
        let bytes = Array(name.utf8)
        var out: [UInt8] = []
        var escaped = false
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\\"), i + 3 < bytes.count,
               bytes[i + 1] == UInt8(ascii: "x"), let high = hexValue(bytes[i + 2]), let low = hexValue(bytes[i + 3]) {
                out.append(high << 4 | low)
                escaped = true
                i += 4
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return escaped ? out : nil
    }

    /// The bytes of a path whose components may be escaped names, as the walk
    /// wrote it: each component as written when a file of that name exists,
    /// else the bytes it stands for. Nil when no component is escaped.
    static func resolve(_ path: String) -> [UInt8]? {
        guard path.contains("\\x") else { return nil }
        var resolved: [UInt8] = []
        var changed = false
        for (index, component) in path.split(separator: "/", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { resolved.append(UInt8(ascii: "/")) }
            let literal = Array(component.utf8)
            if let raw = unescaped(component), !exists(resolved + literal) {
                resolved += raw
                changed = true
            } else {
                resolved += literal
            }
        }
        return changed ? resolved : nil
    }

    static func exists(_ path: [UInt8]) -> Bool {
        var st = stat()
        return withCString(path) { lstat($0, &st) == 0 }
    }

    /// Calls `body` with `path` as a NUL-terminated C string.
    static func withCString<T>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]], as: UTF8.self)
    }

    static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}
