import ArgumentParser
import Foundation
import Testing
@testable import search_cli

/// `QueryArguments`, which lets a query start with `-`, knows which options
/// take a value: its table must match the commands' own definitions.
@Suite struct QueryArgumentsTests {
    /// The options of `command` that take a value, each name with its long name, from ArgumentParser's own dump.
    private func valueOptions(_ command: ParsableCommand.Type) throws -> [String: String] {
        let dump = try #require(try JSONSerialization.jsonObject(with: Data(command._dumpHelp().utf8)) as? [String: Any])
        let arguments = try #require((dump["command"] as? [String: Any])?["arguments"] as? [[String: Any]])
        var table: [String: String] = [:]
        for argument in arguments where argument["kind"] as? String == "option" {
            let names = (argument["names"] as? [[String: String]]) ?? []
            guard let long = names.first(where: { $0["kind"] == "long" })?["name"] else { continue }
            for name in names { table[(name["kind"] == "long" ? "--" : "-") + (name["name"] ?? "")] = "--" + long }
        }
        return table
    }

    @Test func theTableMatchesTheCommandsOptions() throws {
        #expect(QueryArguments.valueOptions["search"] == (try valueOptions(SearchCommand.self)))
        #expect(QueryArguments.valueOptions["similar"] == (try valueOptions(SimilarCommand.self)))
    }

    @Test func theQueryMovesAfterADoubleDashAndValuesJoinTheirOptions() {
        #expect(QueryArguments.rewrite(["search", "-espionage oil", "--limit", "-1", "-l", "3", "--json"])
                == ["search", "--limit=-1", "--limit=3", "--json", "--", "-espionage oil"])
        #expect(QueryArguments.rewrite(["search", "--json", "--", "--limit", "x"]) == ["search", "--json", "--", "--limit", "x"])
        #expect(QueryArguments.rewrite(["index", "build", "-x"]) == ["index", "build", "-x"])
        #expect(QueryArguments.rewrite(["search", "--batch", "-"]) == ["search", "--batch=-"])
    }

    @Test func onlyOptionShapedArgumentsAreOptions() {
        for option in ["--json", "--no-feedback", "--limti", "--limit=5", "-h", "-v", "--x-1"] {
            #expect(QueryArguments.looksLikeOption(option), "\(option)")
        }
        for word in ["-espionage", "-+upper --bancshares", "-", "--", "-5", "--5", "---x", "-é", "--é", "--a b", "oil"] {
            #expect(!QueryArguments.looksLikeOption(word), "\(word)")
        }
    }
}
