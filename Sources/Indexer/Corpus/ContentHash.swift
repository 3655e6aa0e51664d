/// A fast 64-bit content and path hash (FNV-1a). It detects changed files and
/// routes paths to shards; it is not a cryptographic hash.
public enum ContentHash {
    public static func fnv1a<S: Sequence>(_ bytes: S, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 where S.Element == UInt8 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    public static func fnv1a(_ string: String) -> UInt64 { fnv1a(string.utf8) }

    /// 128 bits as 32 hex digits: two FNV-1a runs with different seeds.
    public static func longHex(_ string: String) -> String {
        hex(fnv1a(string.utf8)) + hex(fnv1a(string.utf8, seed: 0x8422_2325_cbf2_9ce4))
    }

    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
