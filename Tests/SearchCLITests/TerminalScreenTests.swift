import Foundation
import Testing
import TestSupport

/// The build's progress bar as a person sees it: the real binary in tmux at
/// 40 and 120 columns, the screen captured while it runs and after. The bar
/// never wraps, never shares a line with a warning, and is gone at the end,
/// after Ctrl-C too; TERM=dumb gets none.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux"), "tmux is not installed (scripts/ensure-deps.sh installs it)"))
struct TerminalScreenTests {
    let temp = TempFolder()
    var corpus: String { temp("corpus") }

    init() {
        Fixtures.generatedCorpus(300, into: temp("corpus"))
        // Front matter that is not YAML: one warning each, in the middle of the walk.
        for name in ["m/0100_bad.md", "m/0150_bad.md", "m/0200_bad.md"] {
            Fixtures.write("---\ntitle: [unclosed\nauthor: : :\n---\nThe body of a broken page.\n", to: temp("corpus/" + name))
        }
    }

    /// Drives tmux from one bash process: a server of its own, one window
    /// `columns` wide running the command, the screen captured every 30 ms
    /// until the command is done (Ctrl-C sent once the bar shows, if asked).
    static let driver = #"""
    set -u
    S=$1; COLS=$2; CMD=$3; CTRLC=$4; OUT=$5
    t() { tmux -L "$S" -f /dev/null "$@"; }
    # The server keeps the fds it starts with: give it none of the test's pipes.
    t new-session -d -s t -x "$COLS" -y 20 "$CMD; echo __DONE__; sleep 10" </dev/null >/dev/null 2>&1 || exit 1
    trap 't kill-server >/dev/null 2>&1' EXIT
    sent=0
    for i in $(seq 1 4000); do
        screen=$(t capture-pane -p -t t)
        printf '%s\n\036\n' "$screen" >>"$OUT"
        if [ "$CTRLC" = 1 ] && [ $sent = 0 ] && [[ "$screen" == *█* || "$screen" == *░* ]]; then
            t send-keys -t t C-c; sent=1
        fi
        [[ "$screen" == *__DONE__* ]] && break
        sleep 0.03
    done
    """#

    /// The screens seen while `command` ran in a window `columns` wide, each as its lines.
    static func screens(columns: Int, command: String, environment: [String: String] = [:], ctrlC: Bool = false) throws -> [[String]] {
        let env = environment.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        let socket = "search-cli-test-\(UUID().uuidString.prefix(8))"
        // The screens go to a file: a pipe that filled up would stop the driver.
        let folder = TempFolder()
        let file = folder("screens")
        let out = try CLI.run(["-c", driver, "driver", socket, "\(columns)", "env \(env) \(command)", ctrlC ? "1" : "0", file],
                              executable: "/bin/bash")
        #expect(out.status == 0, "\(out.stderr)")
        let captured = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        return captured.components(separatedBy: "\n\u{1E}\n").filter { !$0.isEmpty }
            .map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    }

    static func isBar(_ line: String) -> Bool { line.contains("█") || line.contains("░") }

    private func build(_ index: String) -> String {
        "'\(CLI.binary)' index build '\(corpus)' --index '\(index)'"
    }

    @Test(arguments: [40, 120])
    func theBarFitsTheWidthStaysOffWarningLinesAndIsGoneAtTheEnd(columns: Int) throws {
        let screens = try Self.screens(columns: columns, command: build(temp("index-\(columns)")))
        let last = try #require(screens.last)
        try #require(last.contains("__DONE__"), "the build did not finish: \(last)")
        #expect(screens.contains { $0.contains(where: Self.isBar) }, "the bar was never seen")
        for shown in screens {
            // One row at most: a bar wider than the window would wrap onto a second.
            #expect(shown.filter(Self.isBar).count <= 1, "\(shown.joined(separator: "\n"))")
            for line in shown where Self.isBar(line) {
                #expect(!line.contains("search-cli:") && line.count < columns, "\(line)")
            }
        }
        // The end: no bar, each warning on its own line from column 0, then the summary.
        #expect(!last.contains(where: Self.isBar), "\(last.joined(separator: "\n"))")
        let warnings = last.filter { $0.contains("search-cli: warning:") }
        #expect(warnings.count >= 3 && warnings.allSatisfy { $0.hasPrefix("search-cli: warning: ") }, "\(last.joined(separator: "\n"))")
        #expect(last.contains { $0.hasPrefix("Indexed 303 articles") }, "\(last.joined(separator: "\n"))")
        if columns == 120, screens.count > 120 {  // a build of more than a few seconds shows its rate
            #expect(screens.contains { $0.contains { $0.contains("files/s") } })
        }
    }

    @Test func ctrlCClearsTheBar() throws {
        let screens = try Self.screens(columns: 80, command: build(temp("index")), ctrlC: true)
        try #require(screens.contains { $0.contains(where: Self.isBar) }, "the bar was never seen")
        let last = try #require(screens.last)
        #expect(!last.contains(where: Self.isBar), "\(last.joined(separator: "\n"))")
        #expect(last.contains { $0.hasPrefix("search-cli: error: build interrupted by SIGINT") }, "\(last.joined(separator: "\n"))")
    }

    @Test func aDumbTerminalGetsNoBar() throws {
        let screens = try Self.screens(columns: 80, command: build(temp("index")), environment: ["TERM": "dumb"])
        #expect(screens.last?.contains("__DONE__") == true)
        #expect(!screens.contains { $0.contains(where: Self.isBar) })
        #expect(!screens.contains { $0.contains { $0.contains("\u{1B}") } })
    }
}
