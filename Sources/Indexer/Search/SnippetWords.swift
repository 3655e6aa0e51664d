/// The words of a passage as byte ranges of its UTF-8, split the way Xapian's
/// TermGenerator splits them where it matters for highlighting:
///
/// - a word is a run of letters and digits (any script);
/// - an apostrophe (`'` or `’`) between letters joins (`Iran's`);
/// - `.` or `,` between digits joins (`3.5`, `1,000`);
/// - single letters separated by dots are one acronym word (`U.S.` is `us`);
/// - everything else (spaces, hyphens, punctuation) separates (`anti-Huawei`).
///
/// This runs over every passage shown, so it scans bytes and makes no strings;
/// `key(_:)` makes a word's lower-case form only when it is asked for.
struct SnippetWords {
    struct Word {
        /// Byte offsets into the text's UTF-8: `start..<end`.
        var start: Int
        var end: Int
        var isAcronym = false
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var words: [Word] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        words.reserveCapacity(bytes.count / 5)
        let n = bytes.count
        var i = 0
        while i < n {
            guard wordScalarLength(at: i) > 0 else {
                i += Self.scalarLength(bytes[i])
                continue
            }
            let start = i
            var end = i
            var lastIsDigit = false
            while end < n {
                let length = wordScalarLength(at: end)
                if length > 0 {
                    lastIsDigit = Self.isDigit(bytes[end])
                    end += length
                    continue
                }
                // Joiners: an apostrophe between letters, `.`/`,` between digits.
                let joiner = apostropheLength(at: end)
                if joiner > 0, !lastIsDigit, end + joiner < n, wordScalarLength(at: end + joiner) > 0 {
                    end += joiner
                    continue
                }
                if lastIsDigit, bytes[end] == 0x2E || bytes[end] == 0x2C, end + 1 < n, Self.isDigit(bytes[end + 1]) {
                    end += 1
                    continue
                }
                break
            }
            words.append(Word(start: start, end: end))
            i = end
        }
        mergeAcronyms()
    }

    /// The word in lower case, `’` as `'`, an acronym without its dots: what is stemmed.
    func key(_ word: Word) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(word.end - word.start)
        var ascii = true
        var i = word.start
        while i < word.end {
            let byte = bytes[i]
            if word.isAcronym, byte == 0x2E {
                i += 1
            } else if byte == 0xE2, i + 2 < word.end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                out.append(0x27)
                i += 3
            } else {
                ascii = ascii && byte < 0x80
                out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                i += 1
            }
        }
        let text = String(decoding: out, as: UTF8.self)
        return ascii ? text : text.lowercased()
    }

    /// The first byte of the word's key (ASCII letters in lower case).
    func firstKeyByte(_ word: Word) -> UInt8 {
        let byte = bytes[word.start]
        return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// `U.S.` and `U.K.`: single letters, each followed by a dot, become one word.
    private mutating func mergeAcronyms() {
        var merged: [Word] = []
        merged.reserveCapacity(words.count)
        var i = 0
        while i < words.count {
            var j = i
            while j < words.count, words[j].end - words[j].start == 1, words[j].end < bytes.count,
                  bytes[words[j].end] == 0x2E, j == i || words[j].start == words[j - 1].end + 1 {
                j += 1
            }
            if j - i >= 2 {
                merged.append(Word(start: words[i].start, end: words[j - 1].end + 1, isAcronym: true))
                i = j
            } else {
                merged.append(words[i])
                i += 1
            }
        }
        words = merged
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }

    /// The byte length of the letter or digit at `i`, or 0 when it is not one.
    private func wordScalarLength(at i: Int) -> Int {
        let lead = bytes[i]
        if lead < 0x80 {
            return Self.isDigit(lead) || (lead | 0x20 >= 0x61 && lead | 0x20 <= 0x7A) ? 1 : 0
        }
        let length = Self.scalarLength(lead)
        guard length > 1, i + length <= bytes.count else { return 0 }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
            ? length : 0
    }

    /// 1 for `'`, 3 for `’` (U+2019), else 0.
    private func apostropheLength(at i: Int) -> Int {
        if bytes[i] == 0x27 { return 1 }
        if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { return 3 }
        return 0
    }
}
