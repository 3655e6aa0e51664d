/// The key under which the same photo caption on many pages is one caption:
/// a hash of its words and its credit's, as `ShingleWords` reads them (so
/// case, spacing and punctuation do not matter).
enum CaptionKey {
    static func key(text: String, credit: String?) -> String {
        var hash = ContentHash.fnv1a("caption")
        for word in ShingleWords([text]).hashes { hash = Fingerprint.mix(hash ^ word) }
        hash = Fingerprint.mix(hash ^ 0x1)
        for word in ShingleWords([credit ?? ""]).hashes { hash = Fingerprint.mix(hash ^ word) }
        return ContentHash.hex(hash)
    }
}
