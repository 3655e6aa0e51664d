import Foundation

/// News-like articles in the project's .txt format, made up from a seed so
/// that tests have a corpus of any size on every checkout.
///
/// Each article has a title, sometimes a Reuters-style dateline, 3 to 12
/// paragraphs of two to five sentences on one main topic (oil, banking, grain,
/// technology, trade, company results, politics, metals, shipping) with some
/// sentences from a second topic, often a section heading, and often one or
/// two photo captions with a credit. Article `n` depends only on the seed and
/// `n`, so a test can regenerate any article and corpora of different sizes
/// agree on the articles they share.
public struct ArticleGenerator: Sendable {
    private let seed: UInt64

    public init(seed: UInt64) { self.seed = seed }

    /// The text of article number `index` in the project's .txt format (same seed and index: same text).
    public func article(_ index: Int) -> String {
        var rng = SplitMix64(seed: SplitMix64.mix(seed) ^ UInt64(truncatingIfNeeded: index))
        let topics = NewsVocabulary.topics
        let topic = rng.pick(topics)
        let second = rng.pick(topics)
        var blocks = [capitalised(fill(rng.pick(topic.titles), &rng))]
        let hasDateline = rng.chance(30)
        if hasDateline {
            blocks.append(fill("{CITY}, ", &rng) + String(rng.pick(NewsVocabulary.months).prefix(3)) + " \(rng.between(1...28))")
        }

        let paragraphCount = rng.between(3...12)
        // Sentences are dealt from shuffled decks, so an article repeats one
        // only after using up its topic's others.
        var decks = [Deck(topic.sentences), Deck(second.sentences), Deck(NewsVocabulary.general)]
        var body: [String] = []
        for number in 0..<paragraphCount {
            var sentences: [String] = []
            for _ in 0..<rng.between(2...5) {
                let roll = rng.below(100)
                let template = decks[roll < 70 ? 0 : roll < 85 ? 1 : 2].deal(&rng)
                sentences.append(capitalised(fill(template, &rng)))
            }
            var paragraph = sentences.joined(separator: " ")
            if number == 0 && !hasDateline && rng.chance(25) {
                paragraph = fill("{CITY} (Reuters) - ", &rng) + paragraph
            }
            body.append(paragraph)
        }

        // Headings go before a paragraph (never first, never last), captions between blocks.
        if paragraphCount >= 4 && rng.chance(45) {
            body.insert(rng.pick(NewsVocabulary.headings), at: rng.between(1...(paragraphCount - 2)))
            if paragraphCount >= 8 && rng.chance(50) {
                body.insert(rng.pick(NewsVocabulary.headings), at: body.count - 1)
            }
        }
        let captionCount = rng.chance(45) ? 0 : rng.chance(65) ? 1 : 2
        for _ in 0..<captionCount {
            body.insert(caption(topic, &rng), at: rng.between(1...body.count))
        }
        return (blocks + body).joined(separator: "\n\n") + "\n"
    }

    /// Writes articles 0..<count as .txt files under `folder` (about a quarter in subfolders), returns their relative paths, sorted.
    @discardableResult
    public func writeCorpus(count: Int, into folder: String) -> [String] {
        let fm = FileManager.default
        var paths: [String] = []
        for index in 0..<count {
            let path = Self.relativePath(index)
            let url = URL(fileURLWithPath: folder + "/" + path)
            try! fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! Data(article(index).utf8).write(to: url)
            paths.append(path)
        }
        return paths.sorted()
    }

    /// Every fourth article goes into one of three subfolders.
    static func relativePath(_ index: Int) -> String {
        let digits = String(index)
        let name = "article-" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits + ".txt"
        guard index % 4 == 3 else { return name }
        return ["world", "markets", "world/asia"][(index / 4) % 3] + "/" + name
    }

    private func caption(_ topic: NewsVocabulary.Topic, _ rng: inout SplitMix64) -> String {
        let month = rng.pick(NewsVocabulary.months)
        let line = rng.pick(topic.scenes) + fill(" in {city}, ", &rng) + "\(month) \(rng.between(1...28)), \(rng.between(2015...2024))."
        let photographer = rng.pick(NewsVocabulary.firstNames) + " " + rng.pick(NewsVocabulary.lastNames)
        let credit = rng.pick([
            "REUTERS/" + photographer,
            photographer,
            photographer + "/NurPhoto via Reuters",
            photographer + "/Getty Images",
            "AP Photo/" + photographer,
        ])
        return line + "\n" + credit
    }

    /// Cards dealt in a random order, reshuffled when used up.
    private struct Deck {
        let cards: [String]
        var left: [String] = []

        init(_ cards: [String]) { self.cards = cards }

        mutating func deal(_ rng: inout SplitMix64) -> String {
            if left.isEmpty { left = rng.shuffled(cards) }
            return left.removeLast()
        }
    }

    /// `template` with each `{slot}` replaced.
    private func fill(_ template: String, _ rng: inout SplitMix64) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            out += NewsVocabulary.fill(String(rest[rest.index(after: open)..<close]), &rng)
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    private func capitalised(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }
}

extension Fixtures {
    /// `count` generated articles written into `folder` (seed 1 unless given); returns relative paths, sorted.
    @discardableResult
    public static func generatedCorpus(_ count: Int, into folder: String, seed: UInt64 = 1) -> [String] {
        ArticleGenerator(seed: seed).writeCorpus(count: count, into: folder)
    }
}
