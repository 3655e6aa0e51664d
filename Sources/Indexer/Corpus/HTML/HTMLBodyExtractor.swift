/// Finds an HTML page's article body and reads its passages: `<p>` paragraphs,
/// `<figure>` captions with their credits (or an image's `alt` text), and
/// `<h2>`–`<h6>` section headings. Navigation, scripts, styles, headers,
/// footers, asides, forms and ad or promo blocks are skipped.
struct HTMLBodyExtractor {
    /// Elements whose content is never article text.
    static let invisible: Set<String> = ["script", "style", "noscript", "template", "svg", "head", "title", "iframe", "object"]
    /// Page furniture around (or inside) the article.
    static let furniture: Set<String> = ["nav", "header", "footer", "aside", "form", "button", "select", "menu", "dialog"]
    /// Class or id tokens of ad, promo and sharing blocks.
    static let furnitureTokens: Set<String> = [
        "ad", "ads", "advert", "advertisement", "adslot", "ad-slot", "ad-container", "sponsored", "promo", "promotion",
        "related", "newsletter", "share", "sharing", "social", "comments", "cookie", "cookies", "banner", "subscribe",
        "breadcrumb", "breadcrumbs", "nav", "navigation", "menu", "sidebar", "footer", "header", "outbrain", "taboola",
    ]
    /// Class tokens (or parts of them) that mark a photo credit.
    static let creditMarkers = ["credit", "copyright", "photographer", "byline-photo"]

    private(set) var passages: [Passage] = []
    private var section: String?

    /// The element holding the article: `<article>`, `itemprop=articleBody`, `<main>`, or `<body>`.
    static func articleRoot(_ document: HTMLNode) -> HTMLNode {
        outsideFurniture(document) { $0.name == "article" }
            ?? outsideFurniture(document) { $0["itemprop"]?.lowercased() == "articlebody" }
            ?? outsideFurniture(document) { $0.name == "main" || $0["role"]?.lowercased() == "main" }
            ?? document.first { $0.name == "body" }
            ?? document
    }

    /// The first match in document order that is not inside page furniture
    /// (a teaser `<article>` in an `<aside>` is not the article).
    static func outsideFurniture(_ node: HTMLNode, _ match: (HTMLNode) -> Bool) -> HTMLNode? {
        if match(node) { return node }
        for child in node.elements where !isFurniture(child) {
            if let found = outsideFurniture(child, match) { return found }
        }
        return nil
    }

    static func isFurniture(_ node: HTMLNode) -> Bool {
        if invisible.contains(node.name) || furniture.contains(node.name) { return true }
        if ["navigation", "banner", "contentinfo", "complementary"].contains(node["role"]?.lowercased() ?? "") { return true }
        if node["aria-hidden"] == "true" || node["hidden"] != nil { return true }
        let tokens = node.classes + (node["id"].map { [$0.lowercased()] } ?? [])
        return tokens.contains { furnitureTokens.contains($0) }
    }

    static func isCreditElement(_ node: HTMLNode) -> Bool {
        node.name == "cite" || node.classes.contains { token in creditMarkers.contains { token.contains($0) } }
    }

    mutating func read(_ root: HTMLNode) {
        for node in root.elements where !Self.isFurniture(node) {
            switch node.name {
            case "p":
                // An image inside a paragraph is a caption of its own.
                for image in node.all(where: { $0.name == "img" }) { altCaption(image, credit: nil) }
                add(.paragraph, HTMLText.inline(node), credit: nil)
            case "figure":
                figure(node)
            case "h2", "h3", "h4", "h5", "h6":
                let heading = HTMLText.inline(node)
                if !heading.isEmpty, heading.count <= 120 { section = heading }
            case "h1":
                continue
            case "img":
                altCaption(node, credit: nil)
            default:
                read(node)
            }
        }
    }

    private mutating func figure(_ figure: HTMLNode) {
        let creditNode = figure.first { $0 !== figure && Self.isCreditElement($0) }
        let markedCredit = creditNode.map { HTMLText.inline($0) }.flatMap { $0.isEmpty ? nil : $0 }
        if let caption = figure.first(where: { $0.name == "figcaption" }) {
            let lines = HTMLText.lines(caption, excluding: Self.isCreditElement)
            var (text, credit) = markedCredit != nil ? (lines.joined(separator: " "), markedCredit) : CaptionCredit.split(lines: lines)
            if let marked = credit, let stripped = CaptionCredit.credit(marked), marked.lowercased().hasPrefix("photo") { credit = stripped }
            if text.isEmpty, let image = figure.first(where: { $0.name == "img" }) { text = HTMLText.collapse(image["alt"] ?? "") }
            add(.caption, text, credit: credit)
        } else if let image = figure.first(where: { $0.name == "img" }) {
            altCaption(image, credit: markedCredit, always: true)
        }
    }

    /// An image's alt text as a caption: always inside a figure; elsewhere only
    /// when it reads like a caption (three words or more), not a logo or icon.
    private mutating func altCaption(_ image: HTMLNode, credit: String?, always: Bool = false) {
        let alt = HTMLText.collapse(image["alt"] ?? "")
        guard always || alt.split(separator: " ").count >= 3 else { return }
        add(.caption, alt, credit: credit)
    }

    private mutating func add(_ kind: Passage.Kind, _ text: String, credit: String?) {
        guard !text.isEmpty else { return }
        passages.append(Passage(number: passages.count, kind: kind, text: text, credit: credit, section: section))
    }
}
