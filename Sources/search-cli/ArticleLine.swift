import Indexer

/// The line under a hit that says when, by whom and where: "2024-04-15 · by Jane Doe · BERLIN".
enum ArticleLine {
    static func text(_ p: StoredPassage) -> String? {
        var parts: [String] = []
        if let date = p.date { parts.append(date) }
        if let byline = p.byline { parts.append("by " + byline) }
        if let place = p.place { parts.append(place) }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}
