import Foundation
import Testing
import TestSupport
@testable import Indexer

/// Issue 14's "done when": watches report each new passage once, and only
/// what is new by content: an edited paragraph and a new article, never a
/// touched, renamed or rebuilt one.
@Suite struct WatchTests {
    @Test func aWatchReportsWhatIsNewOnceAndNothingForTouchesRenamesOrFullRebuilds() throws {
        let f = try WatchFixture()
        // The first check reports every passage that matches now, once.
        let first = try f.run(["watch", "check", "--json"])
        #expect(first.status == 0, "\(first.stderr)")
        let reported = try WatchFixture.reported(json: first.stdout)
        for (name, query) in WatchFixture.watches {
            let now = try f.matches(query).map(\.id)
            #expect(!now.isEmpty)
            #expect(Set(reported[name] ?? []) == Set(now), "\(name)")
            #expect((reported[name] ?? []).count == now.count)
        }
        let again = try f.run(["watch", "check", "--json"])
        #expect(again.status == 1)
        #expect(try WatchFixture.reported(json: again.stdout).values.allSatisfy(\.isEmpty))

        // Four articles that match "oil": one paragraph edited, one touched,
        // one renamed (to another folder, so maybe another shard), one left.
        let oilHits = try f.matches("oil kind:paragraph")
        let paths = Array(Set(oilHits.map(\.passage.path))).sorted()
        try #require(paths.count >= 4)
        let fm = FileManager.default
        let edited = try #require(oilHits.first { $0.passage.path == paths[0] })
        let editedFile = f.corpus + "/" + paths[0]
        let text = try String(contentsOfFile: editedFile, encoding: .utf8)
        try #require(text.contains(edited.passage.text))
        try text.replacingOccurrences(of: edited.passage.text, with: edited.passage.text + " Oil and bank shares rose on the news.")
            .write(toFile: editedFile, atomically: false, encoding: .utf8)
        try fm.setAttributes([.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: f.corpus + "/" + paths[1])
        try fm.createDirectory(atPath: f.corpus + "/moved", withIntermediateDirectories: true)
        try fm.moveItem(atPath: f.corpus + "/" + paths[2], toPath: f.corpus + "/moved/renamed.txt")
        Fixtures.write("Oil output climbs at bank-funded fields\n\nOil output rose 3 pct in March, the bank said.\n\n"
                       + "A caption-free second paragraph about crude oil and central bank rates.\n\nThe weather was mild.\n",
                       to: f.corpus + "/new-article.txt")

        let build = try f.run(["index", "build", f.corpus, "--watch"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.contains("1 changed") && build.stdout.contains("1 renamed"), "\(build.stdout)")
        let afterEdit = WatchFixture.reported(text: build.stdout)
        let newIDs = Set(try f.matches("file:new-article.txt").map(\.id) + [edited.id])
        for (name, query) in WatchFixture.watches {
            let expected = Set(try f.matches(query).map(\.id)).intersection(newIDs)
            #expect(!expected.isEmpty)
            #expect(Set(afterEdit[name] ?? []) == expected, "\(name): \(build.stdout)")
            #expect((afterEdit[name] ?? []).count == expected.count)
        }
        #expect(afterEdit["oil"]?.contains(edited.id) == true)

        // Nothing again: not after the check --watch made, nor after a full rebuild.
        #expect(try f.run(["watch", "check"]).status == 1)
        let full = try f.run(["index", "build", f.corpus, "--full", "--watch"])
        #expect(full.status == 0, "\(full.stderr)")
        #expect(WatchFixture.reported(text: full.stdout).isEmpty, "\(full.stdout)")
        #expect(full.stdout.contains("Nothing new for 2 watches."))
        let list = try f.run(["watch", "list"])
        #expect(list.stdout.contains("oil\t") && list.stdout.contains("banks\t"), "a --full build keeps the watches")
        #expect(try f.run(["watch", "check", "oil"]).status == 1)
    }

    @Test func badNamesDuplicatesAndBadQueriesAreUsageErrors() throws {
        let f = try WatchFixture(articles: 3)
        for arguments in [["watch", "add", "Not A Slug", "oil"], ["watch", "add", "oil", "wheat"],
                          ["watch", "add", "broken", "(oil AND"], ["watch", "add", "empty", "  "],
                          ["watch", "remove", "nosuch"], ["watch", "check", "nosuch"]] {
            let out = try f.run(arguments)
            #expect(out.status == 64, "\(arguments): \(out.stderr)")
            #expect(out.stderr.split(separator: "\n").count == 1, "\(arguments): \(out.stderr)")
        }
        #expect(try f.run(["watch", "remove", "oil"]).status == 0)
        #expect(!(try f.run(["watch", "list"])).stdout.contains("oil\t"))
        let missing = try CLI.run(["watch", "check", "--index", f.folder("none")])
        #expect(missing.status == 66)
    }

    @Test func aWatchAddedFromNowReportsOnlyLaterBuilds() throws {
        let f = try WatchFixture(articles: 5)
        try CLI.expectSuccess(["watch", "add", "later", "oil OR bank OR wheat", "--from-now", "--index", f.index])
        #expect(try f.run(["watch", "check", "later"]).status == 1)
        Fixtures.write("Wheat harvest\n\nWheat prices fell.\n", to: f.corpus + "/wheat.txt")
        try CLI.expectSuccess(["index", "build", f.corpus, "--index", f.index])
        let out = try f.run(["watch", "check", "later", "--json"])
        #expect(out.status == 0)
        #expect(try WatchFixture.reported(json: out.stdout)["later"] == ["wheat.txt#0"])
    }

    @Test func quietPrintsNothingAndStillAdvancesTheMarks() throws {
        let f = try WatchFixture(articles: 5)
        let quiet = try f.run(["watch", "check", "--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.stdout.isEmpty)
        #expect(try f.run(["watch", "check"]).status == 1)
        // index status shows the watches, their marks and last checks.
        let status = try f.run(["index", "status", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        #expect(object["build_sequence"] as? Int == 1)
        let watches = try #require(object["watches"] as? [[String: Any]])
        #expect(watches.map { $0["name"] as? String } == ["banks", "oil"])
        #expect(watches.allSatisfy { $0["mark"] as? Int == 1 && $0["checked_at"] != nil })
        #expect(try f.run(["index", "status"]).stdout.contains("Build sequence: 1; watches: 2"))
    }
}
