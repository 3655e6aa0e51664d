import Foundation
import Testing
import TestSupport
@testable import Indexer

/// File names are untrusted: a newline, a bidi override or a line separator
/// in one cannot forge or reorder a line of any output.
@Suite struct UntrustedNameTests {
    let folder = TempFolder()

    @Test func namesAreEscapedInWarningsStatusResultsAndJSON() throws {
        let corpus = folder("corpus"), index = folder("index")
        let forged = "a\nsearch-cli: warning: fake\u{202E}txt.txt"
        Fixtures.write("Zebras\n\nA paragraph about zebras.\n", to: corpus + "/" + forged)
        try Data([0, 1, 2]).write(to: URL(fileURLWithPath: corpus + "/bin\u{2028}ary.txt"))
        let built = try CLI.run(["index", "build", corpus, "--index", index])
        #expect(built.status == 0)
        #expect(built.stderr == "search-cli: warning: bin\\u{2028}ary.txt: binary file, not text\n")

        let status = try CLI.expectSuccess(["index", "status", "--index", index])
        #expect(status.stdout.contains("  bin\\u{2028}ary.txt: binary file, not text\n"), "\(status.stdout)")

        let text = try CLI.expectSuccess(["search", "zebras", "--index", index])
        #expect(text.stdout.contains("a\\nsearch-cli: warning: fake\\u{202E}txt.txt#0"), "\(text.stdout)")
        #expect(!text.stdout.contains("\u{202E}") && !text.stdout.contains("\nsearch-cli: warning"))

        let json = try CLI.expectSuccess(["index", "status", "--index", index, "--json"])
        #expect(!json.stdout.contains("\u{2028}") && json.stdout.contains("bin\\u2028ary.txt"), "\(json.stdout)")
        #expect(json.stdout.split(separator: "\n").count == 1)
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((decoded["failed"] as? [[String: Any]])?.first?["path"] as? String == "bin\u{2028}ary.txt")
    }
}

/// An index this user may not read is said to be so, not "no index".
@Suite(.enabled(if: getuid() == 0, "needs root (setpriv)"))
struct UnreadableIndexTests {
    let folder = TempFolder()

    @Test func anUnreadableIndexIsNamedAsSuch() throws {
        let index = folder("index")
        try CLI.expectSuccess(["index", "build", Fixtures.seeds, "--index", index])
        #expect(chmod(folder.path, 0o755) == 0 && chmod(index, 0o700) == 0)
        let asNobody = ["--reuid=nobody", "--regid=nogroup", "--clear-groups", "--", CLI.binary]
        for args in [["search", "Huawei"], ["index", "status"], ["index", "check"]] {
            let out = try CLI.run(args + ["--index", index], executable: "/usr/bin/setpriv", prefix: asNobody)
            #expect(out.status == 77, "\(args): \(out.stderr)")
            #expect(out.stderr == "search-cli: error: cannot read the index at \(index): the folder is not readable by this user (Permission denied); run as its owner, or give this user read access\n")
        }
    }
}
