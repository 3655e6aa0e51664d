import Foundation

/// A seeded set of hostile files for every article format: random bytes, deep
/// nesting, huge attributes, long lines, control characters, invalid UTF-8,
/// random markup and truncated documents. The same seed gives the same bytes.
/// Sizes stay small (a few MB in all) so a debug build indexes them in seconds;
/// the full-size cases have tests of their own, and `bench/fuzz_files.py`
/// makes the larger set.
public struct FuzzCorpus {
    public struct File: Sendable {
        public var name: String
        public var bytes: [UInt8]
    }

    public static let kinds = ["random", "control", "invalid-utf8", "long-line", "markup", "truncated", "deep", "wide"]
    public static let extensions = ["txt", "html", "md", "jsonl"]

    private var rng: SplitMix64

    public init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    /// `variants` files of every kind for every format, named `EXT/KIND-N.EXT`.
    public mutating func files(variants: Int) -> [File] {
        var out: [File] = []
        for ext in Self.extensions {
            for kind in Self.kinds {
                for n in 0..<variants {
                    out.append(File(name: "\(ext)/\(kind)-\(n).\(ext)", bytes: make(kind, ext)))
                }
            }
        }
        return out
    }

    /// Writes `files` under `folder`, creating subfolders.
    public static func write(_ files: [File], into folder: String) throws {
        for file in files {
            let path = folder + "/" + file.name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(file.bytes).write(to: URL(fileURLWithPath: path))
        }
    }

    mutating func make(_ kind: String, _ ext: String) -> [UInt8] {
        switch kind {
        case "random": return randomBytes(rng.between(1...8192), allowNUL: rng.chance(30))
        case "control": return Array(sprinkled(valid(ext), with: ["\u{1B}[31m", "\u{07}", "\u{202E}", "\u{2028}", "\u{2029}", "\r", "\t", "\u{7F}", "\u{85}", "\u{E000}"]).utf8)
        case "invalid-utf8": return invalidUTF8(Array(valid(ext).utf8))
        case "long-line": return longLine(ext)
        case "markup": return Array(markup(ext).utf8)
        case "truncated": let doc = Array(valid(ext).utf8); return Array(doc.prefix(rng.between(1...doc.count)))
        case "deep": return deep(ext, rng.between(200...60_000))
        default: return wide(ext)
        }
    }

    mutating func word() -> String { rng.pick(Self.words) }

    mutating func sentence(_ count: Int) -> String { (0..<count).map { _ in word() }.joined(separator: " ") + "." }

    /// A well-formed article of the format.
    mutating func valid(_ ext: String) -> String {
        let title = sentence(5)
        let paragraphs = (0..<rng.between(2...8)).map { _ in sentence(rng.between(5...40)) }
        switch ext {
        case "html":
            return "<html><head><title>\(title)</title><meta charset=\"utf-8\"></head><body><article><h1>\(title)</h1>"
                + paragraphs.map { "<p class=\"x\">\($0)</p>" }.joined() + "<figure><img alt=\"\(sentence(4))\"><figcaption>\(sentence(6)) REUTERS/Ann Lee</figcaption></figure></article></body></html>"
        case "md":
            return "---\ntitle: \(title)\ndate: 2024-04-0\(rng.between(1...9))\n---\n\n# \(title)\n\n" + paragraphs.joined(separator: "\n\n") + "\n\n![\(sentence(4))](x.jpg)\n*Photo: Ann Lee*\n"
        case "jsonl":
            return (0..<rng.between(1...5)).map { _ in
                "{\"title\": \"\(sentence(4))\", \"body\": \"\(paragraphs.joined(separator: "\\n\\n"))\", \"date\": \"2024-04-20\"}"
            }.joined(separator: "\n") + "\n"
        default:
            return title + "\n\n" + paragraphs.joined(separator: "\n\n") + "\n"
        }
    }

    mutating func randomBytes(_ count: Int, allowNUL: Bool) -> [UInt8] {
        (0..<count).map { _ in
            let byte = UInt8(truncatingIfNeeded: rng.next())
            return byte == 0 && !allowNUL ? 0x20 : byte
        }
    }

    mutating func sprinkled(_ text: String, with pieces: [String]) -> String {
        var out = ""
        for character in text {
            out.append(character)
            if rng.chance(5) { out += rng.pick(pieces) }
        }
        return out
    }

    mutating func invalidUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        for _ in 0..<rng.between(1...20) where !out.isEmpty {
            out[rng.below(out.count)] = UInt8(rng.between(0x80...0xFF))
        }
        return out
    }

    mutating func longLine(_ ext: String) -> [UInt8] {
        var line = ""
        for _ in 0..<rng.between(2_000...20_000) { line += word() + " " }
        switch ext {
        case "html": return Array(("<p>" + line + "</p>").utf8)
        case "jsonl": return Array(("{\"title\": \"long\", \"body\": \"" + line + "\"}\n").utf8)
        default: return Array(("Long line\n\n" + line + "\n").utf8)
        }
    }

    mutating func markup(_ ext: String) -> String {
        let pieces = Self.pieces[ext] ?? Self.pieces["txt"]!
        return (0..<rng.between(50...6_000)).map { _ in rng.chance(30) ? word() + " " : rng.pick(pieces) }.joined()
    }

    mutating func deep(_ ext: String, _ depth: Int) -> [UInt8] {
        let (open, close): (String, String)
        switch ext {
        case "html": (open, close) = (rng.pick(["<div>", "<b>", "<span>", "<li>", "<table><tr><td>", "<figure>"]), "")
        case "md": (open, close) = (rng.pick([">", "> ", "- ", "* ", "1. ", "[", "*"]), "")
        case "jsonl": (open, close) = (rng.pick(["[", "{\"a\":"]), "")
        default: (open, close) = (" ", "")
        }
        let before = "pangolin before the deep part\n\n"
        let body = String(repeating: open, count: depth) + "wombat deep" + String(repeating: close, count: depth)
        return Array((before + body + "\n\naardvark after the deep part\n").utf8)
    }

    mutating func wide(_ ext: String) -> [UInt8] {
        let count = rng.between(1_000...30_000)
        switch ext {
        case "html", "md":
            var tag = "<p"
            for i in 0..<count { tag += rng.chance(50) ? " a\(i)" : " a\(i)='v'" }
            return Array(("pangolin before\n\n" + tag + ">wombat</p>\n\naardvark after\n").utf8)
        case "jsonl":
            return Array(("{" + (0..<count).map { "\"k\($0)\": \"\(word())\"" }.joined(separator: ",") + ", \"title\": \"wide\"}\n").utf8)
        default:
            return HostileFiles.manyBlocks(count)
        }
    }

    static let words = ["harbour", "ferry", "council", "market", "shares", "minister", "storm", "river", "pangolin", "wombat",
                        "election", "café", "naïve", "Zürich", "東京", "🎉", "oil", "bank", "vote", "street"]

    static let pieces: [String: [String]] = [
        "html": ["<p>", "</p>", "<div>", "</div>", "<a href='", "'", "\"", "<!--", "-->", "--!>", "<script>", "</script>", "<style>",
                 "</style>", "<![CDATA[", "]]>", "&amp;", "&#x", "&#", ";", "<img alt=\"", "<figure>", "<figcaption>", "<cite>",
                 "<meta charset=\"", "<meta property=\"og:title\" content=\"", "<b>", "</b>", "<html>", "<body ", "=", ">", "<", "/>",
                 "</", "<!DOCTYPE html>", "<?xml ?>", "<article>", "<nav>", "<br>", "<h2>", "<table><tr><td>", "\u{0}", "\u{1F}"],
        "md": ["#", "# ", "*", "**", "_", "__", "`", "```", "![", "](", ")", "[", "]", "\n", "\n\n", "---", "---\n", "> ", "- ",
               "1. ", "|", "<", ">", "&", "&amp;", "\\", "    ", "[1]: ", "http://x", "<div>", "</div>", "<!--", "title: x\n", "~~~"],
        "jsonl": ["{", "}", "[", "]", "\"title\":", "\"body\":", "\"paragraphs\":[", "\"captions\":[", "\"", ",", ":", "\\u12",
                  "\\uD800", "\\n", "\n", "null", "1e999", "-", "true", "{\"title\":\"x\"}\n", "\"author\":{\"name\":"],
        "txt": ["\n", "\n\n", "REUTERS/Amir Cohen", "WASHINGTON, Feb 26", "More from GZERO Media", "   ", "\t", "\r", "\r\n",
                "\u{1B}", "\u{2028}", "\u{FEFF}"],
    ]
}
