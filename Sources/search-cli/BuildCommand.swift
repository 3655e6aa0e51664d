import ArgumentParser
import Foundation
import Indexer

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Index a folder of articles, or bring the index up to date with it.",
        discussion: """
        Incremental by default: only files added, changed, removed or renamed since the last build \
        are (re)indexed. Files that cannot be indexed are warned about on stderr, remembered, and \
        retried when they change. Only one build runs on an index at a time; a second one exits \
        with 75 at once, or waits with --wait. Searches keep working during a build.

        \(ExitStatus.summary([0, 1, 64, 69, 73, 74, 75, 130]))
        """
    )

    @Argument(help: "The corpus folder (searched recursively for .txt, .html, .htm, .md and .jsonl articles).",
              completion: .directory)
    var corpus: String

    @OptionGroup var location: IndexOptions

    @Flag(help: "Rebuild from scratch beside the live index, then swap it in atomically.")
    var full = false

    @Option(help: ArgumentHelp("Wait up to this many seconds for another build to finish.", valueName: "seconds"))
    var wait: Double = 0

    @Option(help: "Stemming language of a new index (Xapian's stemmers, or none). Default: english.",
            completion: .list(["none"] + Stem.availableLanguages))
    var language: String?

    @Option(help: "Number of shard databases of a new index. Default: one per core, at most 8.")
    var shards: Int?

    @Option(name: .customLong("dup-threshold"),
            help: ArgumentHelp("When two articles are near-duplicates, one story: their estimated share of 3-word shingles, from 0.3 to 1, or off. Default: the index's own (\(DuplicateThreshold.standard) for a new index).",
                               valueName: "similarity"))
    var dupThreshold: String?

    @Option(help: "Passages written per shard between commits.")
    var batchSize = BuildOptions().batchSize

    @Option(help: ArgumentHelp("Skip files larger than this many megabytes.", valueName: "MB"))
    var maxFileMb = 16

    @Option(help: ArgumentHelp("Synonym groups to store in the index: one group per line, terms or phrases separated by commas (US, United States, America). Default: a short list for news, or the index's own list.", valueName: "file"), completion: .file())
    var synonyms: String?

    @Option(help: ArgumentHelp("Refuse (exit 69, changing nothing) a build that would remove more than this share of the indexed files.", valueName: "percent"))
    var maxRemove: Double = BuildOptions().maxRemovePercent

    @Flag(help: "Confirm removals past --max-remove, or a corpus folder other than the one the index was built from.")
    var prune = false

    @Flag(help: "Print what the build would add, change, rename and remove, and write nothing.")
    var dryRun = false

    @Flag(help: "Follow symbolic links that stay inside the corpus.")
    var followSymlinks = false

    @Flag(name: .shortAndLong, help: "Print nothing on success; only warnings and errors, on stderr.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Log progress details on stderr.")
    var verbose = false

    @Flag(help: "Print the summary as JSON.")
    var json = false

    @Flag(help: "After the build, report what is new for each watch (as `watch check`; the exit status stays the build's).")
    var watch = false

    func validate() throws {
        guard (0...Self.maxWaitSeconds).contains(wait) else { throw ValidationError("--wait must be from 0 to \(Int(Self.maxWaitSeconds)) seconds") }
        guard (1...Self.maxBatchSize).contains(batchSize) else { throw ValidationError("--batch-size must be from 1 to \(Self.maxBatchSize) passages") }
        guard (1...Self.maxFileMegabytes).contains(maxFileMb) else { throw ValidationError("--max-file-mb must be from 1 to \(Self.maxFileMegabytes)") }
        if let dupThreshold, DuplicateThreshold(dupThreshold) == nil {
            throw ValidationError("--dup-threshold must be off or a similarity from \(DuplicateThreshold.lowest) to 1, not \(dupThreshold)")
        }
        if let shards, !(1...64).contains(shards) { throw ValidationError("--shards must be between 1 and 64") }
        if watch && (json || dryRun) { throw ValidationError("--watch prints text: run `search-cli watch check --json` after the build instead") }
        guard (0...100).contains(maxRemove) else { throw ValidationError("--max-remove must be a percentage from 0 to 100") }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: corpus, isDirectory: &isFolder), !isFolder.boolValue {
            throw ValidationError("the corpus must be a folder, and \(corpus) is a file; give the folder that holds it")
        }
    }

    func run() throws {
        var options = BuildOptions()
        options.full = full
        options.waitForLock = wait
        options.language = language
        options.shards = shards
        options.duplicates = dupThreshold.flatMap(DuplicateThreshold.init)
        options.batchSize = batchSize
        options.maxFileSize = Int64(maxFileMb) << 20
        options.followSymlinks = followSymlinks
        if let synonyms {
            guard let text = try? String(contentsOfFile: synonyms, encoding: .utf8) else {
                throw ExitStatus.fail("cannot read the synonyms file \(synonyms)", code: ExitStatus.usage)
            }
            options.synonyms = SynonymTable(parsing: text)
        }
        options.maxRemovePercent = maxRemove
        options.prune = prune
        options.dryRun = dryRun
        options.faults = Self.injectedFaults(ProcessInfo.processInfo.environment)
        let bar = (!quiet && !json && !dryRun) ? ProgressBar.forBuild(environment: ProcessInfo.processInfo.environment) : nil
        let signals = BuildSignals(onSignal: { bar?.stop() })
        options.cancellation = signals.cancellation

        let logger = CLILogHandler.logger(verbose: verbose, bar: bar)
        let progress: (@Sendable (BuildProgress) -> Void)? = bar.map { bar in { @Sendable p in bar.update(p) } }
        let summary: BuildSummary
        do {
            summary = try IndexBuilder(corpus: corpus, index: location.path, options: options)
                .build(logger: logger, progress: progress)
        } catch let error as IndexError {
            bar?.stop()
            throw ExitStatus.fail(message(error), code: Self.exitCode(error, signal: signals.received))
        } catch {
            bar?.stop()
            throw ExitStatus.fail(ErrorText.line(error), code: ExitStatus.failure)
        }
        bar?.stop()
        if let plan = summary.plan {
            print(json ? try JSONOutput.encode(BuildPlanJSON(plan)) : SummaryText.plan(plan))
        } else if json {
            print(try JSONOutput.encode(BuildJSON(summary)))
        } else if !quiet && watch {
            // Unbuffered, so that it comes before the watches' reports.
            try? FileHandle.standardOutput.write(contentsOf: Data((SummaryText.line(summary) + "\n").utf8))
        } else if !quiet {
            print(SummaryText.line(summary))
        }
        if watch {
            // The build's own status stands: nothing new is not a failure here.
            do {
                _ = try WatchCheckCommand.check(location: location, names: [], wait: wait, writer: WatchReportWriter(quiet: false))
            } catch {
                throw WatchFailure.exit(error)
            }
        }
    }

    /// The error's line; for a held lock, the advice that fits how long this
    /// build waited.
    func message(_ error: IndexError) -> String {
        guard case .busy(let index) = error else { return error.description }
        if wait > 0 {
            return "another index build is running on \(index) and still held the lock after \(wait == wait.rounded() ? String(Int(wait)) : String(wait)) s; try again later"
        }
        return "another index build is running on \(index) (it holds the lock); try again later, or wait for it with --wait SECONDS"
    }

    /// The ranges of the numeric options (a week; a batch Xapian can hold; 4 GB).
    static let maxWaitSeconds = 604_800.0
    static let maxBatchSize = 1_000_000
    static let maxFileMegabytes = 4_096

    static func exitCode(_ error: IndexError, signal: Int32?) -> Int32 {
        switch error {
        case .busy: return ExitStatus.busy
        case .corpusNotFound, .unknownLanguage, .languageMismatch: return ExitStatus.usage
        case .refused: return ExitStatus.refused
        case .unusableIndexFolder: return ExitStatus.unusableIndexFolder
        case .diskFull: return ExitStatus.ioError
        case .interrupted: return ExitStatus.interrupted(by: signal ?? SIGTERM)
        default: return ExitStatus.failure
        }
    }

    /// The test hooks: SEARCH_CLI_CRASH_AT=[STEP:]N kills the process with
    /// SIGKILL the Nth time the build reaches STEP (any step without one);
    /// SEARCH_CLI_FAIL_AT=[STEP:]N makes that step throw instead.
    static func injectedFaults(_ environment: [String: String]) -> [FaultPlan] {
        [("SEARCH_CLI_CRASH_AT", FaultPlan.Action.kill), ("SEARCH_CLI_FAIL_AT", .fail)].compactMap { name, action in
            environment[name].flatMap { FaultPlan($0, action: action) }
        }
    }
}
