import Foundation
import Testing
import TestSupport
@testable import search_cli

/// Shell completions complete: folders, files, stemmers, and field names in a query.
@Suite struct CompletionTests {
    private func script(_ shell: String) throws -> String {
        let out = try CLI.run(["--generate-completion-script", shell])
        #expect(out.status == 0, "\(out.stderr)")
        return out.stdout
    }

    @Test func zshCompletesFoldersFilesAndStemmers() throws {
        let zsh = try script("zsh")
        #expect(zsh.contains("':corpus:_files -/'"))
        #expect(zsh.contains("'--index[Index folder.]:dir:_files -/'"))
        let lines = zsh.split(separator: "\n")
        #expect(lines.contains { $0.contains("'--batch[") && $0.hasSuffix(":file:_files'") }, "\(zsh)")
        #expect(lines.contains { $0.contains("'--synonyms[Synonym groups") && $0.hasSuffix(":file:_files'") })
        #expect(zsh.contains("'none' 'arabic'") && zsh.contains("'english'") && zsh.contains("'kraaij_pohlmann'"))
        #expect(zsh.contains("'*:query:{__search-cli_custom_complete ---completion search -- positional@0"))
    }

    @Test func theQueryCompletesFieldNamesAndFilterValues() throws {
        func complete(_ word: String) throws -> [String] {
            let out = try CLI.run(["---completion", "search", "--", "positional@0", "2", "\(word.count)", "search-cli", "search", word])
            #expect(out.status == 0, "\(out.stderr)")
            return out.stdout.split(separator: "\n").map(String.init)
        }
        #expect(try complete("ti") == ["title:"])
        #expect(try complete("+ca") == ["+caption:"])
        #expect(try complete("kind:") == ["kind:paragraph", "kind:caption"])
        #expect(try complete("format:m") == ["format:markdown"])
        #expect(try complete("huawei").isEmpty)
        // Every text field of the schema is offered.
        #expect(QueryCompletion.fields.contains("byline:") && QueryCompletion.fields.contains("place:"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash")))
    func bashRunsTheCompletionForAQueryWord() throws {
        let file = TempFolder()
        try script("bash").write(toFile: file("search-cli.bash"), atomically: true, encoding: .utf8)
        let program = """
        source '\(file("search-cli.bash"))'
        COMP_WORDS=(search-cli search ti); COMP_CWORD=2; COMP_LINE='search-cli search ti'; COMP_POINT=${#COMP_LINE}
        _search-cli search-cli ti search
        printf '%s\\n' "${COMPREPLY[@]}"
        """
        let bin = URL(fileURLWithPath: CLI.binary).deletingLastPathComponent().path
        let out = try CLI.run(["-c", program], environment: ["PATH": bin + ":/usr/bin:/bin"], executable: "/bin/bash")
        #expect(out.stdout.split(separator: "\n").contains("title:"), "\(out.stdout) \(out.stderr)")
    }
}
