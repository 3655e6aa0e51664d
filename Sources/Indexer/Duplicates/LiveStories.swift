/// The fingerprinted articles of the committed index, as story clustering
/// reads them: each article's first passage carries its fingerprint, its
/// band terms, its file's path, its key and its story. Articles of the
/// files `excluded` (the build deleted or rewrote them) are left out: what
/// the build wrote of them is in its `StoryChanges`.
///
/// Reads through `Enquire`, so it works on remote shards as on local ones.
/// Used by one thread at a time.
struct LiveStories {
    let database: Database
    let excluded: Set<String>

    /// The articles that share a band term with `fingerprint`.
    func candidates(of fingerprint: Fingerprint) throws -> [FingerprintedArticle] {
        let terms = try fingerprint.bandTerms.map { try Query(term: $0) }
        guard let query = try Query.combine(.or, terms) else { return [] }
        return try articles(matching: query)
    }

    /// The articles whose passages carry the story term of `cluster`.
    func members(of cluster: String) throws -> [FingerprintedArticle] {
        try articles(matching: try Query(term: IndexSchema.storyTerm(cluster)))
    }

    /// Every fingerprinted article (when the threshold changed and every story is clustered again).
    func all() throws -> [FingerprintedArticle] {
        var fingerprints: [UInt32: Fingerprint] = [:]
        for (docid, hex) in try database.values(slot: IndexSchema.fingerprintSlot) {
            if let fingerprint = Fingerprint(hex: hex) { fingerprints[docid] = fingerprint }
        }
        var paths: [UInt32: String] = [:]
        var keys: [UInt32: String] = [:]
        for (docid, value) in try database.values(slot: IndexSchema.pathSlot) where fingerprints[docid] != nil { paths[docid] = value }
        for (docid, value) in try database.values(slot: IndexSchema.articleKeySlot) where fingerprints[docid] != nil { keys[docid] = value }
        var found: [FingerprintedArticle] = []
        for (docid, story) in try database.values(slot: IndexSchema.storySlot) {
            guard let fingerprint = fingerprints[docid], let path = paths[docid], let key = keys[docid], !excluded.contains(path) else { continue }
            found.append(FingerprintedArticle(member: StoryMember(filePath: path, articleKey: key), fingerprint: fingerprint, story: story))
        }
        return found
    }

    private func articles(matching query: Query) throws -> [FingerprintedArticle] {
        let enquire = try Enquire(database)
        try enquire.setQuery(query)
        let mset = try enquire.getMSet(first: 0, maxItems: max(1, try database.getDoccount()))
        var found: [FingerprintedArticle] = []
        for i in 0..<mset.size {
            guard let fingerprint = Fingerprint(hex: try mset.getValue(i, slot: IndexSchema.fingerprintSlot)) else { continue }
            let path = try mset.getValue(i, slot: IndexSchema.pathSlot)
            if excluded.contains(path) { continue }
            found.append(FingerprintedArticle(member: StoryMember(filePath: path, articleKey: try mset.getValue(i, slot: IndexSchema.articleKeySlot)),
                                              fingerprint: fingerprint, story: try mset.getValue(i, slot: IndexSchema.storySlot)))
        }
        return found
    }
}
