import Foundation
import Logging

/// A front index over shards that other machines serve with xapian-tcpsrv
/// (`index federate`): a stub that lists, first, a small local database of the
/// front's own, then `remote HOST:PORT` for each shard.
///
/// The local database comes first because Xapian 1.4 reads metadata only from
/// a stub's first database, and spellings and synonyms only from local ones:
/// it holds the shards' schema (version, language, stemming), their synonyms,
/// and the spelling dictionary of the whole archive, merged from each shard's
/// `spelling.export` metadata. It has no documents, so it changes no
/// statistic, score or match. `refresh` rebuilds it from the shards (after
/// they were rebuilt) beside the live one and swaps the stub atomically.
public enum Federation {
    public struct Summary: Sendable {
        public var remotes: [RemoteShard]
        public var documents: Int
        public var spellingWords: Int
        public var metaDatabase: String
    }

    /// Makes `front` a federated index over `remotes` (or points an existing
    /// one at them). Every remote must answer and share one schema.
    public static func federate(front: String, remotes: [RemoteShard], timeout: Double = 10,
                                logger: Logger) throws -> Summary {
        let layout = IndexLayout(root: front)
        guard !remotes.isEmpty else { throw IndexError.refused("give at least one --remote HOST:PORT") }
        if let twice = Dictionary(grouping: remotes, by: \.self).first(where: { $0.value.count > 1 })?.key {
            throw IndexError.refused("the remote shard \(twice) is listed twice")
        }
        try prepare(layout)
        let lock = try IndexLock(layout: layout)
        defer { withExtendedLifetime(lock) {} }

        var schema: [String: String] = [:]
        var synonyms = ""
        var spelling: [String: Int] = [:]
        var documents = 0
        for remote in remotes {
            let database: Database
            do { database = try Database(remoteHost: remote.host, port: remote.port, timeout: timeout, connectTimeout: timeout) } catch let error as XapianError {
                throw RemoteFailure.describe(error, layout: IndexLayout(root: "")).withShard(remote)
            }
            do {
                let theirs = try Dictionary(uniqueKeysWithValues: schemaKeys.map { ($0, try database.getMetadata($0)) })
                guard theirs[IndexSchema.schemaVersionKey] == IndexSchema.version else {
                    throw IndexError.refused("the remote shard \(remote) was built by another version of search-cli (schema \(theirs[IndexSchema.schemaVersionKey] ?? "none"), this one writes \(IndexSchema.version)); rebuild its index")
                }
                if schema.isEmpty { schema = theirs } else if let key = schemaKeys.first(where: { schema[$0] != theirs[$0] }) {
                    throw IndexError.refused("the remote shard \(remote) has \(key) '\(theirs[key] ?? "")', the others '\(schema[key] ?? "")': its archive was built differently")
                }
                let theirSynonyms = try database.getMetadata(IndexSchema.synonymsKey)
                if synonyms.isEmpty { synonyms = theirSynonyms } else if !theirSynonyms.isEmpty, theirSynonyms != synonyms {
                    logger.warning("the remote shard \(remote) has other synonyms than the first; the first's are used")
                }
                for (word, frequency) in SpellingExport.decode(try database.getMetadata(IndexSchema.spellingExportKey)) {
                    spelling[word, default: 0] += frequency
                }
                documents += try database.getDoccount()
            } catch let error as XapianError {
                throw RemoteFailure.describe(error, layout: IndexLayout(root: "")).withShard(remote)
            }
        }

        let meta = nextMetaName(layout)
        let path = layout.absolute(meta)
        try? FileManager.default.removeItem(atPath: path)
        do {
            let writer = try WritableDatabase(path: path, action: .createOrOverwrite)
            try writer.beginTransaction()
            for (key, value) in schema { try writer.setMetadata(key, value) }
            try writer.setMetadata(IndexSchema.synonymsKey, synonyms)
            for (word, frequency) in spelling { try writer.addSpelling(word, frequency: UInt32(clamping: frequency)) }
            try writer.commitTransaction()
            try writer.close()
        } catch let error as XapianError {
            try? FileManager.default.removeItem(atPath: path)
            throw IndexError.xapian(error)
        }
        let old = (try? layout.liveShards()) ?? []
        // Shards reached through a program (`remote :ssh ...`, edited in by hand) are kept, after the others.
        let programs = ((try? layout.stubEntries()) ?? []).filter { if case .program = $0 { return true } else { return false } }
        try layout.writeStub(entries: [.local(meta)] + remotes.map { .remote($0) } + programs)
        for name in old where name != meta && isMetaName(name) { try? FileManager.default.removeItem(atPath: layout.absolute(name)) }
        logger.debug("federated \(remotes.count) remote shards", metadata: ["documents": "\(documents)", "spelling": "\(spelling.count)"])
        return Summary(remotes: remotes, documents: documents, spellingWords: spelling.count, metaDatabase: meta)
    }

    /// Rebuilds the front's local database from the remotes its stub lists
    /// (their schema, synonyms and spelling dictionaries, after a rebuild).
    public static func refresh(front: String, timeout: Double = 10, logger: Logger) throws -> Summary {
        let layout = IndexLayout(root: front)
        guard layout.exists else { throw IndexError.noIndex(front) }
        let remotes = layout.remoteShards()
        guard !remotes.isEmpty else {
            throw IndexError.unusableIndexFolder(front, "it is not a federated index (its stub lists no remote shards)")
        }
        return try federate(front: front, remotes: remotes, timeout: timeout, logger: logger)
    }

    static let schemaKeys = [IndexSchema.schemaVersionKey, IndexSchema.languageKey, IndexSchema.stemStrategyKey]

    /// `front` may be a new or empty folder, or a federated index; not a local index nor other files.
    private static func prepare(_ layout: IndexLayout) throws {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: layout.root, isDirectory: &isDir) {
            guard isDir.boolValue else { throw IndexError.unusableIndexFolder(layout.root, "it is not a folder") }
            let names = (try? fm.contentsOfDirectory(atPath: layout.root)) ?? []
            if layout.exists, !layout.isFederated {
                throw IndexError.unusableIndexFolder(layout.root, "it holds an index built here; federate into a new folder")
            }
            let own: Set<String> = [IndexLayout.markerName, "XAPIANDB", "XAPIANDB.tmp", "build.lock"]
            if let other = names.sorted().first(where: { !own.contains($0) && !isMetaName($0) }) {
                throw IndexError.unusableIndexFolder(layout.root, "it holds files that are not a federated index's (\(other)); choose an empty or new folder")
            }
        } else {
            do { try fm.createDirectory(atPath: layout.root, withIntermediateDirectories: true) } catch {
                throw IndexError.unusableIndexFolder(layout.root, "cannot create it: \(IndexLayout.reason(error))")
            }
        }
        do { try Data("search-cli index (federated)\n".utf8).write(to: URL(fileURLWithPath: layout.root + "/" + IndexLayout.markerName)) } catch {
            throw IndexError.unusableIndexFolder(layout.root, "cannot write in it: \(IndexLayout.reason(error))")
        }
    }

    static func isMetaName(_ name: String) -> Bool {
        name.hasPrefix("meta-") && Int(name.dropFirst(5)) != nil
    }

    private static func nextMetaName(_ layout: IndexLayout) -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: layout.root)) ?? []
        return "meta-\((names.filter(isMetaName).compactMap { Int($0.dropFirst(5)) }.max() ?? 0) + 1)"
    }
}

extension SearchError {
    /// This error, naming `shard` when it is a remote shard's.
    func withShard(_ shard: RemoteShard) -> SearchError {
        if case .remoteShardDown(_, let reason) = self { return .remoteShardDown(shard: shard.description, reason: reason) }
        return self
    }
}
