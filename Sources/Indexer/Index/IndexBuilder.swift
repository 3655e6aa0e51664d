import Foundation
import Logging

/// Builds or refreshes an index from a corpus folder.
///
/// By default the build is incremental: it re-indexes only files whose size or
/// mtime changed and whose content hash differs, and removes passages of files
/// that are gone. Each shard is built by its own thread (`ShardBuild`), which
/// writes in batches, each a Xapian transaction holding passages together
/// with the file records that describe them: an error, a signal or a crash
/// at any moment leaves the last committed state searchable, and the next
/// run completes the work. A build that would remove most of the index (an
/// empty, unmounted or other corpus folder) changes nothing (`RemovalGuard`).
///
/// `build()` is prepare → run the shards → summarise → publish.
public struct IndexBuilder: Sendable {
    public let corpus: String
    public let layout: IndexLayout
    public var options: BuildOptions

    public init(corpus: String, index: String, options: BuildOptions = .init()) {
        self.corpus = corpus
        self.layout = IndexLayout(root: index)
        self.options = options
    }

    /// Builds, or with `options.dryRun` plans without writing (the summary
    /// then carries the plan).
    public func build(logger: Logger, progress: (@Sendable (BuildProgress) -> Void)? = nil) throws -> BuildSummary {
        do {
            return try run(logger: logger, progress: progress)
        } catch let error as XapianError {
            throw Self.classify(.xapian(error), index: layout.root)
        } catch let error as IndexError {
            throw Self.classify(error, index: layout.root)
        }
    }

    private func run(logger: Logger, progress: (@Sendable (BuildProgress) -> Void)?) throws -> BuildSummary {
        let started = Date()
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: corpus, isDirectory: &isDir), isDir.boolValue else {
            throw IndexError.corpusNotFound(corpus)
        }
        try layout.prepare(corpus: corpus)
        let lock = try IndexLock(layout: layout, wait: options.waitForLock)
        defer { withExtendedLifetime(lock) {} }

        let corpusPath = CorpusWalker.realPath(corpus) ?? corpus
        let live = LiveIndex.read(layout)
        if let damage = live?.damage {
            // The live index cannot be read, so it cannot be updated: a full
            // rebuild beside it is the repair (the damaged files stay until
            // the new generation is live).
            logger.warning("the index at \(layout.root) is damaged (\(damage)): rebuilding it in full")
        }
        let schema = try resolveSchema(live)
        let usable = live.flatMap { $0.isUsable ? $0 : nil }
        // Fingerprints cannot be added to an index built without them but by reading every file again.
        let needsFingerprints = schema.duplicates.fingerprints && usable?.duplicates == .off
        if needsFingerprints, !options.full { logger.notice("near-duplicate detection was off in \(layout.root): rebuilding it in full") }
        let full = options.full || usable == nil || usable?.schemaVersion != IndexSchema.version || needsFingerprints
        let sequence = (usable?.sequence ?? live?.sequence ?? 0) + 1
        let firstSeen = options.dryRun || usable == nil ? FirstSeen(sequence: sequence)
            : try FirstSeen.read(index: layout.root, sequence: sequence)
        let run = BuildRun(builder: self, logger: logger, progress: progress, started: started, corpus: corpusPath, schema: schema,
                           firstSeen: firstSeen)
        return full ? try run.full(live: live) : try run.incremental(usable!)
    }

    /// An error, as the one line a user needs: a full disk says so.
    static func classify(_ error: IndexError, index: String) -> IndexError {
        let text: String
        switch error {
        case .xapian(let xapian): text = xapian.message
        case .io(let message), .unusableIndexFolder(_, let message): text = message
        default: return error
        }
        guard text.lowercased().contains("no space left on device") else { return error }
        return .diskFull(index: index, detail: text)
    }

    struct Schema {
        var language: String
        var strategy: StemStrategy
        var shards: Int
        /// The live index's synonyms, carried into a full rebuild.
        var synonyms: SynonymTable = .newsDefault
        /// The near-duplicate threshold of this build, and the one the live index was clustered with.
        var duplicates = DuplicateThreshold.standard
        var liveDuplicates: DuplicateThreshold?
    }

    /// The live index's language and shard count, or those of a new one.
    private func resolveSchema(_ live: LiveIndex?) throws -> Schema {
        var schema = Schema(language: "english", strategy: .allZ, shards: options.shards ?? min(8, max(1, ProcessInfo.processInfo.activeProcessorCount)))
        if let live, live.isUsable {
            if let language = live.language { schema.language = language }
            if let strategy = live.strategy { schema.strategy = strategy }
            if !options.full { schema.shards = live.shards.count }
            if let synonyms = live.synonyms { schema.synonyms = synonyms }
            schema.liveDuplicates = live.duplicates
            if let duplicates = live.duplicates { schema.duplicates = duplicates }
            if let requested = options.language, requested != schema.language, !options.full {
                throw IndexError.languageMismatch(index: schema.language, requested: requested)
            }
        }
        if let requested = options.language { schema.language = requested }
        if let requested = options.duplicates { schema.duplicates = requested }
        // Without a stemmer, words are indexed as they are (STEM_ALL_Z would index none).
        if schema.language == "none" { schema.strategy = .none } else if schema.strategy == .none { schema.strategy = .allZ }
        guard schema.language == "none" || Stem.availableLanguages.contains(schema.language) else {
            throw IndexError.unknownLanguage(schema.language)
        }
        return schema
    }
}
