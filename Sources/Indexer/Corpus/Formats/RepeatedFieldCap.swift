/// The fields every passage of an article stores and indexes again (its
/// article's title, byline, place and URL, and its section) are cut to
/// `CorpusLimits.repeatedFieldCharacters`: a 0.9 MB first block over 2,000
/// passages was 1.8 GB to write, and took past 300 s and 3.4 GB. One warning
/// names the fields cut. (A one-block text file keeps all its text: its
/// passage is the block, not the cut title.)
enum RepeatedFieldCap {
    static func apply(to parsed: inout ParsedFile, limit: Int = CorpusLimits.repeatedFieldCharacters) {
        var cut: [String] = []
        func note(_ field: String) { if !cut.contains(field) { cut.append(field) } }
        for i in parsed.articles.indices {
            if let title = shortened(parsed.articles[i].title, limit) { parsed.articles[i].title = title; note("title") }
            if let byline = parsed.articles[i].byline.flatMap({ shortened($0, limit) }) { parsed.articles[i].byline = byline; note("byline") }
            if let place = parsed.articles[i].place.flatMap({ shortened($0, limit) }) { parsed.articles[i].place = place; note("place") }
            if let url = parsed.articles[i].url.flatMap({ shortened($0, limit) }) { parsed.articles[i].url = url; note("URL") }
            for j in parsed.articles[i].passages.indices {
                if let section = parsed.articles[i].passages[j].section.flatMap({ shortened($0, limit) }) {
                    parsed.articles[i].passages[j].section = section
                    note("section")
                }
            }
        }
        guard !cut.isEmpty else { return }
        let fields = cut.count == 1 ? "a " + cut[0] : cut.dropLast().joined(separator: ", ") + " and " + cut.last!
        parsed.warnings.append("\(fields) longer than \(limit) characters \(cut.count == 1 ? "was" : "were") cut (every passage stores \(cut.count == 1 ? "it" : "them"))")
    }

    /// `text` cut to at most `limit` characters, at a space near the end when
    /// there is one, with "…"; nil when it is short enough.
    static func shortened(_ text: String, _ limit: Int) -> String? {
        guard text.utf8.count > limit, let end = text.index(text.startIndex, offsetBy: limit - 1, limitedBy: text.endIndex),
              end < text.endIndex else { return nil }
        var head = text[..<end]
        if let space = head.lastIndex(of: " "), head.distance(from: space, to: head.endIndex) < 100 { head = head[..<space] }
        return head + "…"
    }
}
