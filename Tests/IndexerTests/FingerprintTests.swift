import Foundation
import Testing
import TestSupport
@testable import Indexer

/// MinHash fingerprints estimate how much two articles' texts overlap: a
/// republished copy scores near 1, a different story on the same topic near
/// 0, and the estimate survives the round trip through the index's value slot.
struct FingerprintTests {
    static let generator = ArticleGenerator(seed: 15)

    static func fingerprint(_ text: String) -> Fingerprint? {
        let article = TextArticleParser().parse(text)
        return Fingerprint(texts: article.passages.filter { $0.kind == .paragraph }.map(\.text))
    }

    @Test func aCopyWithEveryEditOfRepublishingIsStillNearlyTheSame() throws {
        let original = WireCopies.longArticle(from: 0)
        let a = try #require(Self.fingerprint(original))
        for edit in WireCopies.Edit.allCases {
            let copy = try #require(Self.fingerprint(WireCopies.copy(of: original, [edit])))
            #expect(a.similarity(copy) >= 0.6, "\(edit): \(a.similarity(copy))")
        }
        let everything = try #require(Self.fingerprint(WireCopies.copy(of: original, WireCopies.Edit.allCases)))
        #expect(a.similarity(everything) >= DuplicateThreshold.standard.value!, "all edits: \(a.similarity(everything))")
        #expect(a.similarity(a) == 1)
    }

    @Test func differentStoriesAreFarApart() throws {
        let articles = (0..<40).map { Self.generator.article($0) }.compactMap(Self.fingerprint)
        #expect(articles.count > 20)
        var highest = 0.0
        for i in articles.indices { for j in articles.indices where j > i { highest = max(highest, articles[i].similarity(articles[j])) } }
        // The generator deals sentences from shared templates, so its articles overlap more than real ones.
        #expect(highest < 0.4, "the closest two of \(articles.count) generated articles: \(highest)")
    }

    @Test func twoEarningsReportsAreNotOneStory() throws {
        let a = try #require(Self.fingerprint(WireCopies.earningsReport(company: "Northwind Traders", seed: 1)))
        let b = try #require(Self.fingerprint(WireCopies.earningsReport(company: "Contoso Mining", seed: 2)))
        #expect(a.similarity(b) < DuplicateThreshold.standard.value!, "\(a.similarity(b))")
    }

    @Test func theIndexKeepsTheFingerprintExactly() throws {
        let a = try #require(Self.fingerprint(Fixtures.seedText))
        #expect(Fingerprint(hex: a.hex) == a)
        #expect(a.hex.count == Fingerprint.hashCount * 4)
        #expect(Fingerprint(hex: String(a.hex.dropLast())) == nil)
        #expect(Fingerprint(hex: "zz" + a.hex.dropFirst(2)) == nil)
        let bands = a.bandTerms
        #expect(bands.count == Fingerprint.bands)
        #expect(Set(bands).count == bands.count)
        #expect(bands.allSatisfy { $0.hasPrefix(IndexSchema.bandPrefix) && $0.count == 12 })
    }

    @Test func aShortTextHasNoFingerprint() {
        #expect(Fingerprint(texts: ["Shares of the bank rose."]) == nil)
        #expect(Fingerprint(texts: [String]()) == nil)
    }

    @Test func punctuationCaseAndSpacingDoNotMatter() throws {
        let text = WireCopies.longArticle(from: 3)
        let shouted = text.uppercased().replacingOccurrences(of: ", ", with: " ,  ")
        #expect(try #require(Self.fingerprint(text)) == (try #require(Self.fingerprint(shouted))))
    }
}
