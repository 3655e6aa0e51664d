import Foundation

/// A watch's latest matches as an Atom feed (RFC 4287): the passages it
/// matches, newest build first, at most `limit`. Reading it moves no mark.
///
/// Each entry's id is stable: the passage's `path#N` and the build sequence
/// its content was first indexed in, so an edited paragraph is a new entry
/// and a rebuild, touch or rename changes none. Every text is XML-escaped,
/// and characters XML cannot hold are dropped.
public struct WatchFeed {
    public struct Entry: Sendable {
        public var hit: SearchHit
        public var sequence: Int
        public var builtAt: Double?
    }

    public let watch: Watch
    public let entries: [Entry]
    public let updated: Double

    /// The feed of the watch `name` over `searcher`'s index.
    public init(store: WatchStore, name: String, searcher: Searcher, limit: Int = 50) throws {
        let db = try Database(path: store.layout.root)
        guard let watch = try WatchStore.watches(in: db).first(where: { $0.name == name }) else { throw WatchError.notFound(name) }
        self.watch = watch
        let sequence = BuildSequence.parse(try db.getMetadata(IndexSchema.buildSequenceKey))
        var times: [Int: Double] = [:]
        for (key, value) in try db.metadata(prefix: IndexSchema.buildTimePrefix) {
            if let n = Int(key.dropFirst(IndexSchema.buildTimePrefix.count)), let t = Double(value) { times[n] = t }
        }
        // Build by build from the newest: each entry knows its sequence.
        var entries: [Entry] = []
        var n = sequence
        while n > 0 && entries.count < limit {
            var request = SearchRequest(query: watch.query, limit: limit - entries.count, perArticle: 0)
            request.feedback = false
            // A watch reports every new passage, copies too.
            request.duplicates = .show
            request.sort = .path
            request.firstSeen = n...n
            entries += try searcher.search(request).hits.map { Entry(hit: $0, sequence: n, builtAt: times[n]) }
            n -= 1
        }
        self.entries = entries
        updated = times[sequence] ?? watch.createdAt
    }

    /// The feed's XML.
    public func atom() -> String {
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        out += "  <id>\(Self.xml(Self.id("watch", watch.name)))</id>\n"
        out += "  <title>\(Self.xml("search-cli watch \(watch.name): \(watch.query)"))</title>\n"
        out += "  <updated>\(JSONOutput.iso8601(seconds: updated))</updated>\n"
        out += "  <author><name>search-cli</name></author>\n"
        out += "  <generator>search-cli</generator>\n"
        for entry in entries {
            let p = entry.hit.passage
            out += "  <entry>\n"
            out += "    <id>\(Self.xml(Self.id("passage", watch.name, p.id, String(entry.sequence))))</id>\n"
            out += "    <title>\(Self.xml(p.title.isEmpty ? p.id : p.title))</title>\n"
            out += "    <updated>\(JSONOutput.iso8601(seconds: entry.builtAt ?? updated))</updated>\n"
            if let url = p.url, let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(), scheme == "http" || scheme == "https" {
                out += "    <link rel=\"alternate\" href=\"\(Self.xml(url))\"/>\n"
            }
            out += "    <summary type=\"text\">\(Self.xml(entry.hit.snippet.text))</summary>\n"
            out += "    <content type=\"text\">\(Self.xml(p.text))</content>\n"
            out += "    <category term=\"\(Self.xml(p.kind.rawValue))\"/>\n"
            out += "  </entry>\n"
        }
        return out + "</feed>\n"
    }

    /// A URN of percent-encoded parts: `urn:search-cli:passage:oil:a.txt%230:3`.
    static func id(_ parts: String...) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return "urn:search-cli:" + parts.map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }.joined(separator: ":")
    }

    /// `text` escaped for XML content and attributes, without the characters XML 1.0 cannot hold.
    static func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || (0xD800...0xDFFF).contains(v) || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
