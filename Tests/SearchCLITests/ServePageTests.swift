import Foundation
import Testing
import TestSupport

/// Issue 12: the search page renders results on the server (`GET /?q=…`
/// works without script, as a plain GET form), keeps the whole search in its
/// URL, and shows hostile article text as text.
@Suite(.serialized) struct ServePageTests {
    let server: Server

    init() throws { server = try Server(index: ServeFixture.index) }

    @Test func theSeedSearchShowsTheWallStreetJournalParagraphFirst() async throws {
        let page = try await server.get("/?q=Huawei+5G+Germany")
        #expect(page.status == 200)
        #expect(page.header("Content-Type") == "text/html; charset=utf-8")
        #expect(page.header("Content-Security-Policy")?.contains("default-src 'self'") == true)
        let first = try #require(page.body.range(of: "<article class=\"hit\"").map { page.body[$0.lowerBound...] })
        let hit = first[..<(first.range(of: "</article>")?.upperBound ?? first.endIndex)]
        #expect(hit.contains("000_b7f96fcc7f242880.txt#1"))
        #expect(hit.contains("The Wall Street Journal reported that <mark>Germany</mark>"), "\(hit)")
        #expect(hit.contains("<mark>Huawei</mark>") && hit.contains("<mark>5G</mark>"))
        #expect(page.body.contains("value=\"Huawei 5G Germany\""))
        #expect(page.body.contains("<script src=\"/app.js\" defer></script>"))
        // The script's request: the results alone.
        let fragment = try await server.get("/?q=Huawei+5G+Germany&fragment=1")
        #expect(!fragment.body.contains("<html") && fragment.body.contains("<mark>Huawei</mark>"))
    }

    @Test func linksCarryTheWholeSearch() async throws {
        let page = try await server.get("/?q=oil&sort=date")
        #expect(page.status == 200)
        // A facet adds its filter to the query; paging and similar keep the rest.
        #expect(page.body.contains("href=\"/?q=oil%20kind%3Aparagraph&amp;sort=date\""), "\(page.body.prefix(4000))")
        #expect(page.body.contains("rel=\"next\"") && page.body.contains("offset=10"))
        #expect(page.body.contains("href=\"/?similar="))
        let next = try await server.get("/?q=oil&sort=date&offset=10")
        #expect(next.body.contains("start=\"11\"") && next.body.contains("rel=\"prev\""))
        // The date range searches date:FROM..TO and stays in the links (only the hostile article has a date).
        let dated = try await server.get("/?q=Zanzibar+OR+harbour&from=2024-01-01&to=2024-12-31")
        #expect(dated.body.contains("2024-04-02") && dated.body.contains("&amp;from=2024-01-01&amp;to=2024-12-31"))
        #expect(dated.body.contains("Passages 1–2 of about 2"), "\(dated.body.prefix(3000))")
        let similar = try await server.get("/?similar=000_b7f96fcc7f242880.txt%231")
        #expect(similar.status == 200 && similar.body.contains("Passages like"))
        let misspelt = try await server.get("/?q=huawie")
        #expect(misspelt.body.contains("Did you mean <a href=\"/?q=huawei\" data-nav>huawei</a>?"), "\(misspelt.body.prefix(3000))")
        let grouped = try await server.get("/?q=oil&group=1")
        #expect(grouped.body.contains("class=\"results grouped\""))
    }

    @Test func hostileArticleTextIsShownAsText() async throws {
        for target in ["/?q=Zanzibar", "/?q=Zanzibar&group=1", "/?q=Zanzibar&fragment=1"] {
            let page = try await server.get(target)
            #expect(page.status == 200)
            let body = page.body
            #expect(body.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Zanzibar ferry"), "\(target)")
            for raw in ["<script>alert", "<img src=x", "<svg", "<iframe", "<b onmouseover", "onerror=alert(1)>"] {
                #expect(!body.contains(raw), "\(target) has \(raw)")
            }
        }
        let query = try await server.get("/?q=%22%3E%3Cimg+src%3Dx+onerror%3Dalert(5)%3E")
        #expect(!query.body.contains("<img src=x") && query.body.contains("value=\"&quot;&gt;&lt;img src=x onerror=alert(5)&gt;\""))
    }

    @Test func badPageParametersAreA400Page() async throws {
        let page = try await server.get("/?q=oil&from=yesterday")
        #expect(page.status == 400)
        #expect(page.body.contains("role=\"alert\"") && page.body.contains("YYYY-MM-DD"))
        for asset in ["/app.js", "/app.css"] {
            let reply = try await server.get(asset)
            #expect(reply.status == 200 && reply.body.count > 500)
        }
    }
}
