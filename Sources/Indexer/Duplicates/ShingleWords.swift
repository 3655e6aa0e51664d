/// The words of a text as near-duplicate detection compares them: runs of
/// letters and digits, lower-cased (ASCII folded; other letters kept as
/// they are), each as a 64-bit hash. Punctuation, spacing and case, which
/// republishing changes freely, are gone.
struct ShingleWords {
    private(set) var hashes: [UInt64] = []

    init<S: Sequence>(_ texts: S) where S.Element == String {
        for text in texts { add(text) }
    }

    private mutating func add(_ text: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for var byte in text.utf8 {
            let isWord: Bool
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte |= 0x20; isWord = true
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...: isWord = true
            default: isWord = false
            }
            if isWord {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                inWord = true
            } else if inWord {
                hashes.append(hash)
                hash = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { hashes.append(hash) }
    }
}
