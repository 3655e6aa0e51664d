/// Counts the words of a batch of passages for Xapian's spelling dictionary,
/// to be added once per distinct word when the batch commits.
///
/// (TermGenerator's FLAG_SPELLING adds every occurrence of every word, title
/// and field words included, one call each: measured at a quarter of the CPU
/// of a whole build. This costs a tenth of that.)
struct SpellingCollector {
    private(set) var counts: [String: UInt32] = [:]

    /// Words are runs of letters, lower-cased, 2 to 40 bytes long; bytes of
    /// other scripts (UTF-8, 0x80 and up) count as letters.
    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var start = -1
            for i in 0...bytes.count {
                let isLetter = i < bytes.count && Self.isLetter(bytes[i])
                if isLetter {
                    if start < 0 { start = i }
                } else if start >= 0 {
                    if (2...40).contains(i - start) { count(UnsafeBufferPointer(rebasing: bytes[start..<i])) }
                    start = -1
                }
            }
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || byte >= 0x80
    }

    private mutating func count(_ bytes: UnsafeBufferPointer<UInt8>) {
        let word: String
        if bytes.allSatisfy({ $0 < 0x80 }) {
            word = String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (i, byte) in bytes.enumerated() { buffer[i] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
                return bytes.count
            }
        } else {
            word = String(decoding: bytes, as: UTF8.self).lowercased()
        }
        counts[word, default: 0] += 1
    }

    mutating func removeAll() { counts.removeAll(keepingCapacity: true) }
}
