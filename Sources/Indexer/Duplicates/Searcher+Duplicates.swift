extension Searcher {
    /// The index's story clusters of at least `minSize` articles, largest first.
    public func duplicates(minSize: Int = 2) throws -> [StoryCluster] {
        try inSession { try DuplicateReport(database: $0).clusters(minSize: minSize) }
    }

    /// The near-duplicate threshold the index's stories were clustered with
    /// (nil when its builds did not record one).
    public func duplicateThreshold() throws -> DuplicateThreshold? {
        try inSession { DuplicateThreshold(try $0.getMetadata(IndexSchema.dupThresholdKey)) }
    }
}
