import Foundation
import Testing
import TestSupport

/// Xapian 1.4.22 crashes (SIGSEGV) matching XOR over two shards when a side is
/// an OR or a wildcard (`trade XOR (qqq OR rate)`); the fuzzed batch of
/// `QueryFuzzTests` found it. `XOR` is searched as a word now.
@Suite struct XorQueryTests {
    @Test func xorOverTwoShardsIsSearchedAsAWord() throws {
        for query in ["trade XOR (qqq OR rate)", "trade XOR rat*", "trade* +rate XOR x U.S."] {
            let out = try QueryFixture.run(["search", query, "--json"])
            #expect(out.status == 0, "\(query): exit \(out.status) \(out.stderr.prefix(300))")
            #expect((try? JSONSerialization.jsonObject(with: Data(out.stdout.utf8))) != nil)
        }
    }
}
