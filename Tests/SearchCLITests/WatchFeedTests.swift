import Foundation
import Testing
import TestSupport
@testable import Indexer

/// `watch feed`: valid Atom (read back with feedparser from PyPI), escaped,
/// with ids that survive a full rebuild; and hostile article text in the
/// text and JSON reports of `watch check`.
@Suite struct WatchFeedTests {
    static let hostileTitle = "Oil <script>alert('x')</script> & \"quotes\" \u{1}\u{1b}[31mred"
    static let hostileText = "Oil ]]> <b>bold</b> &amp; \u{1b}]0;title\u{7} tail"

    static var hasFeedparser: Bool {
        (try? Tools.run("/usr/bin/env", ["python3", "-c", "import feedparser"]).status) == 0
    }

    private func fixture() throws -> WatchFixture {
        let f = try WatchFixture(articles: 6)
        Fixtures.write(Self.hostileTitle + "\n\n" + Self.hostileText + "\n", to: f.corpus + "/hostile.txt")
        try CLI.expectSuccess(["index", "build", f.corpus, "--index", f.index])
        return f
    }

    @Test(.enabled(if: hasFeedparser, "needs feedparser from PyPI (scripts/ensure-test-tools.sh)"))
    func theFeedIsValidAtomEscapedAndItsIdsAreStable() throws {
        let f = try fixture()
        let feed = try f.run(["watch", "feed", "oil"])
        #expect(feed.status == 0, "\(feed.stderr)")
        #expect(!feed.stdout.contains("<script>") && !feed.stdout.contains("\u{1b}"))
        let parsed = try Self.feedparser(feed.stdout)
        #expect(parsed["bozo"] as? Int == 0, "\(parsed)")
        let entries = try #require(parsed["entries"] as? [[String: String]])
        let oilHits = try f.matches("oil")
        #expect(entries.count == min(50, oilHits.count))
        let hostile = try #require(entries.first { $0["id"]?.contains("hostile.txt") == true })
        #expect(hostile["title"] == "Oil <script>alert('x')</script> & \"quotes\" \u{1b}[31mred".replacingOccurrences(of: "\u{1b}", with: ""))
        #expect(hostile["content"]?.hasPrefix("Oil ]]> <b>bold</b> &amp; ") == true, "\(hostile)")
        #expect(Set(entries.compactMap { $0["id"] }).count == entries.count, "ids are unique")
        // The newest build's passages come first, and a rebuild changes no id.
        #expect(entries.first?["id"]?.contains("hostile.txt") == true)
        try CLI.expectSuccess(["index", "build", f.corpus, "--index", f.index, "--full"])
        let rebuilt = try Self.feedparser(try f.run(["watch", "feed", "oil"]).stdout)
        #expect((rebuilt["entries"] as? [[String: String]])?.map { $0["id"] } == entries.map { $0["id"] })
        #expect(try f.run(["watch", "feed", "nosuch"]).status == 64)
    }

    @Test func hostileTextIsEscapedInTheTextAndJSONReports() throws {
        let f = try fixture()
        let text = try f.run(["watch", "check", "oil"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("hostile.txt#0"))
        #expect(!text.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "no control characters reach the terminal")
        let rebuilt = try f.run(["index", "build", f.corpus, "--full"])
        #expect(rebuilt.status == 0)
        Fixtures.write(Self.hostileTitle + "\n\n" + Self.hostileText + " again\n", to: f.corpus + "/hostile2.txt")
        try CLI.expectSuccess(["index", "build", f.corpus, "--index", f.index])
        let out = try f.run(["watch", "check", "oil", "--json"])
        #expect(out.status == 0)
        let line = try #require(out.stdout.split(separator: "\n").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(results.count == 1)
        // The index keeps the markup characters (and drops the control ones); JSON carries them as they are.
        #expect((results.first?["title"] as? String)?.hasPrefix("Oil <script>alert('x')</script> & \"quotes\" ") == true)
        #expect((results.first?["text"] as? String)?.hasPrefix("Oil ]]> <b>bold</b> &amp; ") == true)
        #expect((results.first?["snippet"] as? String)?.contains("&lt;b&gt;bold&lt;/b&gt;") == true, "the HTML snippet is escaped")
        if JSONContract.isAvailable { #expect(try JSONContract.problems(out.stdout, schema: "watch").isEmpty) }
    }

    /// What feedparser makes of `xml`: bozo, and each entry's id, title and content.
    static func feedparser(_ xml: String) throws -> [String: Any] {
        let folder = TempFolder()
        try xml.write(toFile: folder("feed.xml"), atomically: true, encoding: .utf8)
        let script = """
            import feedparser, json, sys
            d = feedparser.parse(sys.argv[1])
            print(json.dumps({"bozo": int(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version,
                "entries": [{"id": e.id, "title": e.title, "content": e.content[0].value if "content" in e else ""} for e in d.entries]}))
            """
        let out = try Tools.run("/usr/bin/env", ["python3", "-c", script, folder("feed.xml")])
        #expect(out.status == 0, "\(out.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
    }
}
