import Foundation
import Testing
@testable import Indexer

/// Markdown front matter through a YAML parser, and dates that are real dates.
@Suite struct FrontMatterTests {
    private func parse(_ text: String) -> ParsedFile {
        ArticleFormat.parse(ArticleInput(path: "notes.md", text: text))
    }

    @Test func foldedAndLiteralScalarsQuotesAndEscapesAreYAMLs() {
        let front = FrontMatter("""
        ---
        title: >
          Night trains
          make a comeback
        summary: |
          Line one
          Line two
        place: "Vienna \\"Hbf\\" \\u00e9\\tend"
        url: 'it''s here'
        ---
        Body.
        """)
        #expect(front.warning == nil)
        #expect(front["title"] == "Night trains make a comeback")
        #expect(front["summary"] == "Line one Line two")
        #expect(front["place"] == "Vienna \"Hbf\" é end")
        #expect(front["url"] == "it's here")
        #expect(front.body == "Body.")
    }

    @Test func aNestedAuthorGivesItsName() {
        #expect(FrontMatter("---\nauthor: {name: Priya Raman, email: p@example.com}\n---\n")["author"] == "Priya Raman")
        #expect(FrontMatter("---\nauthor:\n  name: Ann Lee\n  twitter: ann\n---\n")["author"] == "Ann Lee")
        #expect(FrontMatter("---\nauthors:\n  - name: Ann\n  - name: Bob\n---\n")["authors"] == "Ann, Bob")
        // A date stays the text it was, not YAML's timestamp.
        #expect(FrontMatter("---\ndate: 2024-03-08\n---\n")["date"] == "2024-03-08")
    }

    @Test func malformedFrontMatterIsOneWarningAndTheBodyIsStillIndexed() {
        let parsed = parse("---\ntitle: [unclosed\nauthor: : :\n---\nThe body is still read, zanzibar and all.\n")
        #expect(parsed.warnings.count == 1, "\(parsed.warnings)")
        #expect(parsed.warnings.first?.hasPrefix("the front matter is not valid YAML") == true, "\(parsed.warnings)")
        let article = parsed.articles[0]
        #expect(article.paragraphs.map(\.text) == ["The body is still read, zanzibar and all."])
        #expect(!article.passages.contains { $0.text.contains("unclosed") })
    }

    @Test func deepNestingIsRefusedCheaply() {
        let deep = FrontMatter("---\ntitle: " + String(repeating: "[", count: 5_000) + "\n---\nBody.\n")
        #expect(deep.fields.isEmpty && deep.warning?.contains("nested deeper") == true)
        #expect(deep.body == "Body.\n")
    }

    @Test func anImpossibleDateIsAWarningAndNoDate() {
        let parsed = parse("---\ntitle: T\ndate: 2024-02-31\n---\nBody text.\n")
        #expect(parsed.articles[0].date == nil)
        #expect(parsed.warnings == ["date \"2024-02-31\" is not a valid date; the article is indexed without one"])
        #expect(parse("---\ndate: 2024-02-29\n---\nBody.\n").articles[0].date == "2024-02-29")  // a leap year
        #expect(ArticleDate.normalize("2023-02-29") == nil)
        #expect(ArticleDate.normalize("2024-04-31") == nil)
        #expect(ArticleDate.normalize("31 April 2024") == nil)
        #expect(ArticleDate.normalize("2024-04-15T25:00:00Z") == nil)
        #expect(ArticleDate.normalize("1900-02-29") == nil && ArticleDate.normalize("2000-02-29") == "2000-02-29")
    }

    @Test func rfc2822DatesKeepTheirTimeAndZone() {
        #expect(ArticleDate.normalize("Mon, 15 Apr 2024 09:30:00 GMT") == "2024-04-15T09:30:00Z")
        #expect(ArticleDate.normalize("Mon, 15 Apr 2024 09:30:00 +0200") == "2024-04-15T09:30:00+02:00")
        #expect(ArticleDate.normalize("15 Apr 2024 18:05 -0500") == "2024-04-15T18:05:00-05:00")
        #expect(ArticleDate.normalize("Tue, 16 Apr 2024 07:00:00 EDT") == "2024-04-16T07:00:00-04:00")
        #expect(ArticleDate.normalize("2024-04-15T09:30:00+02:00") == "2024-04-15T09:30:00+02:00")
        #expect(ArticleDate.normalize("Mon, 31 Feb 2024 09:30:00 GMT") == nil)
    }

    @Test func aBadDateInJSONLinesIsNamedByLine() {
        let text = "{\"title\": \"One\", \"body\": \"x\", \"date\": \"2024-13-45\"}\n{\"title\": \"Two\", \"body\": \"y\", \"date\": \"2024-04-15\"}\n"
        let parsed = ArticleFormat.parse(ArticleInput(path: "a.jsonl", text: text))
        #expect(parsed.articles.map(\.date) == [nil, "2024-04-15"])
        #expect(parsed.warnings == ["line 1: date \"2024-13-45\" is not a valid date; the article is indexed without one"])
    }
}
