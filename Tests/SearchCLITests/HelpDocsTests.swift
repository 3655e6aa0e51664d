import ArgumentParser
import Foundation
import Testing
import TestSupport
@testable import search_cli

/// The README's option tables and exit codes, and the committed man page,
/// say what the binary does: each is compared with ArgumentParser's own
/// description of the commands.
@Suite struct HelpDocsTests {
    static let readme = (try? String(contentsOfFile: Fixtures.packageRoot + "/README.md", encoding: .utf8)) ?? ""
    static let manPage = (try? String(contentsOfFile: Fixtures.packageRoot + "/docs/search-cli.1", encoding: .utf8)) ?? ""

    /// The long options `command` shows in its --help (help and version aside).
    static func options(_ command: ParsableCommand.Type, all: Bool = false) throws -> Set<String> {
        let dump = try #require(try JSONSerialization.jsonObject(with: Data(command._dumpHelp().utf8)) as? [String: Any])
        let arguments = (dump["command"] as? [String: Any])?["arguments"] as? [[String: Any]] ?? []
        var names: Set<String> = []
        for argument in arguments where argument["kind"] as? String != "positional" && argument["shouldDisplay"] as? Bool != false {
            for name in argument["names"] as? [[String: String]] ?? [] where name["kind"] == "long" {
                names.insert("--" + name["name"]!)
            }
        }
        return all ? names : names.subtracting(["--help", "--version"])
    }

    /// The options named in the first column of the table under `heading`.
    static func table(_ heading: String) throws -> Set<String> {
        let start = try #require(readme.range(of: "\n" + heading + "\n"), "no \(heading) in the README")
        let rest = readme[start.upperBound...]
        let section = rest[..<(rest.range(of: "\n#")?.lowerBound ?? rest.endIndex)]
        var names: Set<String> = []
        for row in section.split(separator: "\n") where row.hasPrefix("| `") {
            let first = row.dropFirst(2).prefix { $0 != "|" || false }
            let cell = first.components(separatedBy: " | ").first ?? String(first)
            for match in cell.matches(of: /--[a-z][a-z-]*/) { names.insert(String(match.output)) }
        }
        return names
    }

    @Test func theSearchTableListsEverySearchOption() throws {
        var options = try Self.options(SearchCommand.self)
        options.remove("--feedback")  // documented by its inversion, --no-feedback
        #expect(try Self.table("### Search options") == options)
    }

    @Test func theBuildTableListsEveryBuildOption() throws {
        #expect(try Self.table("### Build options") == (try Self.options(BuildCommand.self)))
    }

    @Test func theExitCodesTableHasEveryCodeTheBinaryDocuments() throws {
        let start = try #require(Self.readme.range(of: "\n## Exit codes\n"))
        let rest = Self.readme[start.upperBound...]
        let section = rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)]
        var documented: Set<Int32> = []
        for row in section.split(separator: "\n") where row.hasPrefix("| ") {
            let cell = row.dropFirst(2).prefix { $0 != "|" }
            for code in cell.split(separator: ",").compactMap({ Int32($0.trimmingCharacters(in: .whitespaces)) }) { documented.insert(code) }
        }
        let binary = Set(ExitStatus.names.keys).union([143])
        #expect(documented == binary)
        let help = try CLI.run(["--help"]).stdout
        let starts = help.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for code in binary {
            #expect(starts.contains { $0.hasPrefix("\(code) ") || $0.hasPrefix("\(code),") || $0.hasPrefix("130, \(code) ") },
                    "\(code) not in the exit codes of --help")
        }
    }

    @Test func theReadmeSaysHowToInstallCompletionsAndTheManPage() {
        for shell in ["bash", "zsh", "fish"] {
            #expect(Self.readme.contains("search-cli --generate-completion-script \(shell) > "))
        }
        #expect(Self.readme.contains("docs/search-cli.1") && Self.readme.contains("scripts/man.sh"))
    }

    @Test func theManPageHasEveryCommandAndOptionOnce() throws {
        let page = Self.manPage
        try #require(!page.isEmpty, "docs/search-cli.1 is missing: run scripts/man.sh")
        // Every command, from the root's own tree (a new command is checked at once).
        var commands: [ParsableCommand.Type] = []
        func visit(_ command: ParsableCommand.Type) {
            commands.append(command)
            command.configuration.subcommands.forEach(visit)
        }
        visit(SearchCLI.self)
        var options: Set<String> = []
        for command in commands { options.formUnion(try Self.options(command, all: true)) }
        var listed: Set<String> = []
        for line in page.split(separator: "\n") where line.hasPrefix(".It Fl ") {
            for match in line.matches(of: /(?:Fl |, )-([a-z][a-z-]*)/) { listed.insert("--" + String(match.output.1)) }
        }
        #expect(listed == options, "run scripts/man.sh: the man page differs from the commands")
        for command in commands.dropFirst() {
            #expect(page.contains(".It Em \(command._commandName)\n"), "no \(command._commandName) in the man page")
            #expect(page.contains(command.configuration.abstract), "run scripts/man.sh: \(command) has another abstract")
        }
        // No block repeated: --version, --help and the exit codes appear once.
        #expect(page.components(separatedBy: "Show the version.").count == 2)
        #expect(page.components(separatedBy: "Show help information.").count == 2)
        #expect(page.components(separatedBy: ".Sh EXIT STATUS").count == 2 && !page.contains("Exit codes:\n"))
        for code in ExitStatus.names.keys { #expect(page.contains(".It \(code)")) }
    }
}
