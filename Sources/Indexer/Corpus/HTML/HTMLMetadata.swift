import Foundation

/// What an HTML page says about its article outside the body text: `<meta>`
/// tags (Open Graph, `article:published_time`, `author`), `<link rel=canonical>`,
/// `<time datetime>` and schema.org `NewsArticle` JSON-LD.
struct HTMLMetadata {
    var metas: [String: String] = [:]
    var jsonLD: [String: Any] = [:]
    var canonical: String?
    var documentTitle: String?

    static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "blogposting", "report", "scholarlyarticle", "techarticle", "liveblogposting",
    ]

    init(_ document: HTMLNode) {
        for meta in document.all(where: { $0.name == "meta" }) {
            guard let key = (meta["property"] ?? meta["name"] ?? meta["itemprop"])?.lowercased(),
                  let content = meta["content"], metas[key] == nil else { continue }
            let value = HTMLText.collapse(content)
            if !value.isEmpty { metas[key] = value }
        }
        canonical = document.first { $0.name == "link" && ($0["rel"]?.lowercased().split(separator: " ").contains("canonical") ?? false) }?["href"]
        documentTitle = document.first { $0.name == "title" }.map { HTMLText.collapse($0.text) }
        for script in document.all(where: { $0.name == "script" && ($0["type"]?.lowercased().contains("ld+json") ?? false) }) {
            guard let data = script.text.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
                  let article = Self.findArticle(json) else { continue }
            jsonLD = article
            break
        }
    }

    /// The first schema.org article object in a JSON-LD value (arrays and `@graph` included).
    static func findArticle(_ value: Any) -> [String: Any]? {
        if let list = value as? [Any] { return list.lazy.compactMap(findArticle).first }
        guard let object = value as? [String: Any] else { return nil }
        let types: [String] = (object["@type"] as? [Any])?.compactMap { $0 as? String } ?? [(object["@type"] as? String) ?? ""]
        if types.contains(where: { articleTypes.contains($0.lowercased()) }) { return object }
        if let graph = object["@graph"] { return findArticle(graph) }
        return nil
    }

    func ld(_ key: String) -> String? {
        (jsonLD[key] as? String).map(HTMLText.collapse).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A person or a list of them, as JSON-LD and Open Graph give them.
    static func names(_ value: Any?) -> String? {
        if let name = value as? String {
            let clean = HTMLText.collapse(name)
            return clean.isEmpty || clean.hasPrefix("http") ? nil : clean
        }
        if let object = value as? [String: Any] { return names(object["name"]) }
        if let list = value as? [Any] {
            let all = list.compactMap { names($0) }
            return all.isEmpty ? nil : all.joined(separator: ", ")
        }
        return nil
    }

    var date: String? {
        for raw in [metas["article:published_time"], ld("datePublished"), metas["datepublished"], metas["date"],
                    metas["pubdate"], metas["dc.date"], metas["dc.date.issued"], ld("dateCreated")] {
            if let raw, let date = ArticleDate.normalize(raw) { return date }
        }
        return nil
    }

    var byline: String? {
        Self.names(jsonLD["author"]) ?? metas["author"].flatMap { Self.names($0) } ?? metas["article:author"].flatMap { Self.names($0) }
    }

    var url: String? {
        canonical ?? metas["og:url"] ?? ld("url") ?? ld("mainEntityOfPage")
    }

    var place: String? {
        for key in ["locationCreated", "contentLocation", "spatialCoverage"] {
            if let name = Self.names(jsonLD[key]) { return name }
        }
        return ld("dateline") ?? metas["geo.placename"]
    }
}
