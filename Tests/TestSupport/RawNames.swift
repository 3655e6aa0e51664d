import Foundation

/// Files and folders whose names are bytes that are not UTF-8 (`Archiv f\xfcr
/// 2003`, as a Latin-1 system writes it), which Foundation's String paths cannot
/// name. Paths are byte arrays without the terminating NUL.
public enum RawNames {
    public static func path(_ folder: String, _ name: [UInt8]) -> [UInt8] { Array(folder.utf8) + [0x2F] + name }

    public static func mkdir(_ path: [UInt8]) -> Bool {
        (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { Glibc.mkdir($0.baseAddress!, 0o755) == 0 }
        }
    }

    public static func write(_ path: [UInt8], _ contents: String) -> Bool {
        (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { name in
                let fd = open(name.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                guard fd >= 0 else { return false }
                defer { close(fd) }
                let bytes = Array(contents.utf8)
                return bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) } == bytes.count
            }
        }
    }
}
