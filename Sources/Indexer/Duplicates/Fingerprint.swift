/// An article's MinHash signature (Broder 1997): for each of `hashCount`
/// hash functions, the smallest hash over the article's shingles (every run
/// of `shingleWords` consecutive words), kept to its low 16 bits (b-bit
/// minwise hashing, Li and König 2010). The share of equal positions in two
/// signatures estimates the Jaccard similarity of the two articles' shingle
/// sets.
///
/// Candidate pairs come from locality-sensitive hashing: the signature is cut
/// into `bands` bands of `rows` values, and each band's hash is a boolean
/// term (`IndexSchema.bandPrefix`). Two articles of similarity s share at
/// least one band with probability 1 - (1 - s^rows)^bands: 0.87 at s = 0.5,
/// 0.988 at 0.6, and 0.9998 at 0.7.
public struct Fingerprint: Sendable, Equatable {
    public static let hashCount = 128
    public static let shingleWords = 3
    public static let bands = 32
    public static let rows = 4
    /// Texts with fewer shingles than this (about a dozen words) get no
    /// fingerprint: their similarity says too little.
    public static let minShingles = 10

    /// The low 16 bits of each hash function's minimum.
    public let minima: [UInt16]

    /// The fingerprint of the words of `texts`, read in order as one text;
    /// nil when they are too short.
    public init?<S: Sequence>(texts: S) where S.Element == String {
        let words = ShingleWords(texts).hashes
        let count = words.count - Self.shingleWords + 1
        guard count >= Self.minShingles else { return nil }
        var minimum = [UInt64](repeating: .max, count: Self.hashCount)
        words.withUnsafeBufferPointer { words in
            Self.seeds.withUnsafeBufferPointer { seeds in
                minimum.withUnsafeMutableBufferPointer { minimum in
                    for start in 0..<count {
                        var shingle: UInt64 = 0x9e37_79b9_7f4a_7c15
                        for w in start..<start + Self.shingleWords { shingle = Self.mix(shingle ^ words[w]) }
                        for i in 0..<Self.hashCount {
                            let h = Self.mix(shingle &+ seeds[i])
                            if h < minimum[i] { minimum[i] = h }
                        }
                    }
                }
            }
        }
        minima = minimum.map { UInt16(truncatingIfNeeded: $0) }
    }

    public init?(hex: String) {
        let bytes = Array(hex.utf8)
        guard bytes.count == Self.hashCount * 4 else { return nil }
        var minima: [UInt16] = []
        minima.reserveCapacity(Self.hashCount)
        for i in 0..<Self.hashCount {
            var value: UInt16 = 0
            for byte in bytes[i * 4..<i * 4 + 4] {
                guard let digit = Self.hexValue(byte) else { return nil }
                value = value << 4 | UInt16(digit)
            }
            minima.append(value)
        }
        self.minima = minima
    }

    /// Four hex digits per minimum: what `IndexSchema.fingerprintSlot` holds.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(Self.hashCount * 4)
        for value in minima {
            for shift in stride(from: 12, through: 0, by: -4) { out.append(digits[Int(value >> UInt16(shift) & 0xf)]) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The estimated Jaccard similarity of the two articles' shingles, from 0
    /// to 1 (corrected for the 1 in 65,536 chance that two 16-bit values agree by accident).
    public func similarity(_ other: Fingerprint) -> Double {
        var equal = 0
        minima.withUnsafeBufferPointer { a in
            other.minima.withUnsafeBufferPointer { b in
                for i in 0..<min(a.count, b.count) where a[i] == b[i] { equal += 1 }
            }
        }
        let chance = 1.0 / 65_536
        return max(0, (Double(equal) / Double(Self.hashCount) - chance) / (1 - chance))
    }

    /// Each band's hash, band 0 first.
    public var bandKeys: [UInt32] {
        (0..<Self.bands).map { band in
            var hash = UInt64(band)
            for value in minima[band * Self.rows..<(band + 1) * Self.rows] { hash = Self.mix(hash ^ UInt64(value) << 17) }
            return UInt32(truncatingIfNeeded: hash ^ hash >> 32)
        }
    }

    /// The band terms: `XB`, two hex digits of the band, eight of its hash.
    public var bandTerms: [String] {
        bandKeys.enumerated().map { band, key in
            IndexSchema.bandPrefix + Self.hex(UInt64(band), digits: 2) + Self.hex(UInt64(key), digits: 8)
        }
    }

    // MARK: - Hashing

    /// SplitMix64's finaliser: a fast, well-mixed 64-bit permutation.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// One seed per hash function, fixed forever: signatures in an index must
    /// stay comparable with the next build's.
    static let seeds: [UInt64] = {
        var state: UInt64 = 0x5eed_f157_0e1e_5a5a
        return (0..<hashCount).map { _ in
            state = mix(state)
            return state
        }
    }()

    private static func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}
