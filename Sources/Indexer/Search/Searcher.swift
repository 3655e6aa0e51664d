import Foundation
import Logging

/// Answers queries over an index folder. The query is parsed with the
/// stemmer and stemming strategy recorded in the index, ranked with BM25,
/// collapsed per article, and each hit gets a highlighted snippet.
///
/// A search that meets DatabaseModifiedError (a build committed meanwhile) or
/// an opening error (a full rebuild swapped generations) reopens and retries.
/// One that still fails, or meets a bad stub file, reports `SearchError.damaged`
/// with what `IndexCheck` found.
///
/// Not Sendable: it holds an open Xapian database, which one thread uses at a
/// time. A server gives each of its threads a Searcher of its own.
public final class Searcher {
    public let layout: IndexLayout
    /// How results are ranked (BM25's parameters, stopwords, feedback): see `Ranking`.
    public let ranking: Ranking
    /// What one query may cost: see `QueryLimits`.
    public let limits: QueryLimits
    /// How a front index reaches its remote shards: see `RemoteShardOptions`.
    public let remote: RemoteShardOptions
    public static let maxRetries = 5
    private let logger: Logger
    private var session: SearchSession
    /// The stub file's text when `session` was opened: another text means a
    /// `--full` build swapped in a new generation.
    private var stub: String?

    public init(index: String, logger: Logger, ranking: Ranking = .standard,
                limits: QueryLimits = .standard, remote: RemoteShardOptions = .standard) throws {
        layout = IndexLayout(root: index)
        self.logger = logger
        self.ranking = ranking
        self.remote = remote
        if let why = layout.readProblem { throw SearchError.cannotRead(layout.root, why) }
        self.limits = limits
        guard layout.exists else { throw SearchError.noIndex(layout.root) }
        // The stub and the shard folders: a few stat calls, and a clear message.
        if let damage = IndexCheck.run(layout, .layout).damage { throw SearchError.damaged(damage) }
        stub = try? String(contentsOfFile: layout.stubPath, encoding: .utf8)
        do {
            session = try Self.retrying(logger: logger) {
                try SearchSession(layout: IndexLayout(root: index), ranking: ranking, limits: limits, remote: remote)
            }
        } catch let error as SearchError {
            throw Self.diagnosed(error, layout: layout)
        }
    }

    public var language: String { session.stem.language }

    /// The remote shards of a front index that did not answer the last search
    /// (with `remote.allowPartial`; empty otherwise, or for a local index).
    public var missingShards: [MissingShard] { session.missing }

    /// A new session over the index, with the open retries.
    private func newSession() throws -> SearchSession {
        try Self.retrying(logger: logger) { [layout, ranking, limits, remote] in
            try SearchSession(layout: layout, ranking: ranking, limits: limits, remote: remote)
        }
    }

    /// A session that left out shards that did not answer tries them again:
    /// one that opens with fewer missing replaces it.
    private func retryMissingShards() {
        guard !session.missing.isEmpty, let fresh = try? newSession(), fresh.missing.count < session.missing.count else { return }
        logger.debug("remote shards answer again", metadata: ["missing": "\(fresh.missing.count)"])
        session = fresh
    }

    /// Moves on to the index's latest commit, for a searcher that stays open
    /// (`serve`): a new generation (the stub lists other shards) opens a new
    /// session, else the shards reopen at their latest revision. A build that
    /// commits between two searches is then seen by the second. Returns
    /// whether anything changed.
    @discardableResult
    public func refresh() throws -> Bool {
        let current = try? String(contentsOfFile: layout.stubPath, encoding: .utf8)
        return try withRetries {
            if let current, current != stub {
                session = try newSession()
                stub = current
                return true
            }
            return try session.database.reopen()
        }
    }

    public func documentCount() throws -> Int { try session.database.getDoccount() }

    /// Runs `body` on the current session's database, with the searches' retries.
    func inSession<T>(_ body: (Database) throws -> T) throws -> T {
        try withRetries { try body(session.database) }
    }

    /// Runs `body` on the current session, with the searches' retries.
    func withSession<T>(_ body: (SearchSession) throws -> T) throws -> T {
        try withRetries { try body(session) }
    }

    public func search(_ request: SearchRequest) throws -> SearchResults {
        let request = try checked(request)
        return try withRetries {
            var results = try session.run(request)
            results.missingShards = session.missing
            return results
        }
    }

    /// `request` with its counts clamped, or the error for an empty query or
    /// one past `limits.maxBytes`.
    private func checked(_ request: SearchRequest) throws -> SearchRequest {
        guard !request.query.allSatisfy(\.isWhitespace) else { throw SearchError.emptyQuery }
        try checkLength(request.query)
        return request.clamped
    }

    private func checkLength(_ text: String) throws {
        let bytes = text.utf8.count
        guard bytes <= limits.maxBytes else { throw SearchError.queryTooLong(bytes: bytes, limit: limits.maxBytes) }
    }

    /// Runs `body` against the current session, reopening the index when a
    /// build has moved it on, at most `maxRetries` times.
    private func withRetries<T>(_ body: () throws -> T) throws -> T {
        retryMissingShards()
        do {
            return try retrying(body)
        } catch let error as SearchError {
            throw Self.diagnosed(error, layout: layout)
        }
    }

    private func retrying<T>(_ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try body()
            } catch let error as XapianError where error.kind == .networkError && attempt == 0 {
                // A remote shard dropped an idle connection (xapian-tcpsrv does after
                // its idle timeout) or restarted: connect again, once.
                attempt = Self.maxRetries
                logger.debug("reconnecting to the remote shards", metadata: ["error": "\(error)"])
                session = try newSession()
            } catch let error as XapianError where attempt < Self.maxRetries && Self.isTransient(error) {
                attempt += 1
                logger.debug("retrying search", metadata: ["error": "\(error)", "attempt": "\(attempt)"])
                if error.kind == .databaseModifiedError, (try? session.database.reopen()) != nil { continue }
                session = try newSession()
            } catch let error as XapianError {
                throw SearchError.xapian(error)
            }
        }
    }

    /// `--group`: a page of articles, each with its best passages.
    public func searchGrouped(_ request: SearchRequest) throws -> GroupedResults {
        let request = try checked(request)
        return try withRetries {
            var results = try session.runGrouped(request)
            results.missingShards = session.missing
            return results
        }
    }

    /// Exactly how many passages and articles match the request's query (`--output count`).
    public func count(_ request: SearchRequest) throws -> MatchCount {
        let request = try checked(request)
        return try withRetries { try session.count(request) }
    }

    /// The corpus folder the index was last built from (its real path), when recorded.
    public var corpus: String? { session.corpus }

    /// Passages like the one with id `path#N`, by relevance feedback.
    public func similar(to id: String, request: SearchRequest) throws -> SimilarResults {
        try checkLength(id)
        let request = request.clamped
        return try withRetries {
            guard var results = try session.runSimilar(to: id, request: request) else {
                throw SearchError.noSuchPassage(id)
            }
            results.results.missingShards = session.missing
            return results
        }
    }

    /// The exact number of passages matching `query` (no per-article limit).
    public func countMatches(_ query: String) throws -> Int {
        try checkLength(query)
        return try withRetries { try session.countMatches(query) }
    }

    /// A Xapian error that outlasted the retries, said as damage when it is:
    /// what a full `IndexCheck` finds, else (for a corrupt block or a failed
    /// read) Xapian's own message.
    static func diagnosed(_ error: SearchError, layout: IndexLayout) -> SearchError {
        if case .xapian(let xapian) = error, xapian.kind == .networkError { return RemoteFailure.describe(xapian, layout: layout) }
        guard case .xapian(let xapian) = error, isDamage(xapian) else { return error }
        let report = IndexCheck.run(layout, .full)
        if let damage = report.damage { return .damaged(damage) }
        guard xapian.kind == .databaseCorruptError || xapian.kind == .databaseError else { return error }
        let problem = IndexProblem(path: "", message: "\(xapian.type): \(xapian.message)")
        return .damaged(IndexDamage(index: layout.root, problems: [problem], corpus: report.corpus))
    }

    static func isDamage(_ error: XapianError) -> Bool {
        switch error.kind {
        case .databaseCorruptError, .databaseError, .databaseOpeningError, .databaseNotFoundError, .databaseVersionError:
            return true
        default:
            return false
        }
    }

    static func isTransient(_ error: XapianError) -> Bool {
        error.kind == .databaseModifiedError || error.isDatabaseOpening || error.kind == .databaseCorruptError
    }

    private static func retrying<T>(logger: Logger, _ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try body()
            } catch let error as XapianError where attempt < maxRetries && isTransient(error) {
                attempt += 1
                logger.debug("retrying open", metadata: ["error": "\(error)"])
                usleep(20_000 * UInt32(attempt))
            } catch let error as XapianError {
                throw SearchError.xapian(error)
            }
        }
    }
}
