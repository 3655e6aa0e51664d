/// Hostile article files, byte for byte: the cases of issue 11 ("bounded cost
/// on hostile input"). Each names a word before and after the hostile part, so
/// a test can tell what was read.
public enum HostileFiles {
    /// One `<p>` with `count` attributes (` a0 a1 …`: 1,000,000 make 7.9 MB),
    /// then a second paragraph.
    public static func manyAttributes(_ count: Int) -> [UInt8] {
        var bytes = Array("<html><body><p".utf8)
        bytes.reserveCapacity(count * 8 + 100)
        for i in 0..<count {
            bytes.append(0x20)
            bytes.append(UInt8(ascii: "a"))
            bytes += String(i).utf8
        }
        bytes += Array(">pangolin before</p><p>aardvark after the attributes</p></body></html>".utf8)
        return bytes
    }

    /// A paragraph, `depth` nested `<div>`s around a paragraph, and a paragraph after them.
    public static func deepHTML(_ depth: Int) -> [UInt8] {
        var html = "<html><body><p>pangolin before the deep part</p>"
        html += String(repeating: "<div>", count: depth) + "<p>wombat inside the deep part</p>" + String(repeating: "</div>", count: depth)
        html += "<p>aardvark after the deep part</p></body></html>"
        return Array(html.utf8)
    }

    /// A paragraph, a paragraph quoted `depth` times (`>>>…`), and a paragraph after it.
    public static func deepMarkdown(_ depth: Int) -> [UInt8] {
        let quoted = String(repeating: ">", count: depth) + " wombat inside the deep part\n\n"
        return Array(("# Deep note\n\npangolin before the deep part\n\n" + quoted + "aardvark after the deep part\n").utf8)
    }

    /// A title and `count` one-line blocks (1,000,000 make 8.9 MB).
    public static func manyBlocks(_ count: Int) -> [UInt8] {
        var bytes = Array("Many blocks\n\n".utf8)
        bytes.reserveCapacity(count * 9 + 20)
        for i in 0..<count {
            bytes += Array("word\(i % 1000)\n\n".utf8)
        }
        return bytes
    }

    /// Random bytes with no NUL (so not "binary") or CR, `lines` lines of them:
    /// what a binary file renamed `.jsonl` looks like to the reader.
    public static func binaryLines(_ lines: Int, seed: UInt64 = 11) -> [UInt8] {
        var rng = SplitMix64(seed: seed)
        var bytes: [UInt8] = []
        for _ in 0..<lines {
            for _ in 0..<rng.between(20...200) {
                var byte = UInt8(truncatingIfNeeded: rng.next())
                if byte == 0 || byte == 0x0A || byte == 0x0D { byte = 0x7F }
                bytes.append(byte)
            }
            bytes.append(0x0A)
        }
        return bytes
    }
}
