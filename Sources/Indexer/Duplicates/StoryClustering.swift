/// Decides, at the end of a build and before its last commit, which story
/// each article the build touched belongs to: near-duplicate articles (an
/// estimated similarity of at least the threshold) are joined, and each
/// connected set of two or more is a story cluster.
///
/// Only what the build could have changed is clustered again: the articles
/// it wrote, and the other members of the clusters it took articles out of.
/// From those, a walk follows every near-duplicate pair to the whole of
/// each story, finding candidates among the written articles by their bands
/// in memory and among the rest of the archive by a query on the band
/// terms. A story no walk reaches is unchanged, so the result is the one a
/// clean build gives.
struct StoryClustering {
    let threshold: DuplicateThreshold
    let router: ShardRouter

    /// The stories to write, per shard. `live` is the committed index
    /// (nil for a new generation); with `everything`, every article of it is
    /// clustered again (the threshold changed).
    func assignments(_ changes: StoryChanges, live: Database?, everything: Bool) throws -> [[StoryAssignment]] {
        var graph = StoryGraph()
        let written = Set(changes.written.map(\.member.filePath))
        let stories = live.map { LiveStories(database: $0, excluded: changes.deletedFiles.union(written)) }
        var seeds: [Int] = []
        for article in changes.written { seeds.append(graph.add(article, inMemory: true)) }
        if let stories {
            if everything {
                for article in try stories.all() { seeds.append(graph.add(article, inMemory: true)) }
            } else {
                for cluster in changes.leftClusters.sorted() {
                    for article in try stories.members(of: cluster) { seeds.append(graph.add(article)) }
                }
            }
        }
        let queried = everything ? nil : stories
        var visited = Set(seeds)
        var queue = seeds
        while let node = queue.popLast() {
            var candidates = graph.bucketed(with: node)
            for article in try queried?.candidates(of: graph.nodes[node].fingerprint) ?? [] { candidates.append(graph.add(article)) }
            let fingerprint = graph.nodes[node].fingerprint
            // An article shares several bands with a close copy: compare it once.
            for other in Set(candidates) where other != node && threshold.accepts(fingerprint.similarity(graph.nodes[other].fingerprint)) {
                graph.union(node, other)
                if visited.insert(other).inserted { queue.append(other) }
            }
        }
        var perShard = Array(repeating: [StoryAssignment](), count: router.shardCount)
        for component in graph.components(of: visited) {
            let members = component.map { graph.nodes[$0] }
            let story = members.count > 1 ? Self.clusterID(first: members[0].member) : members[0].member.articleKey
            for article in members where article.story != story {
                perShard[router.shard(for: article.member.filePath)].append(StoryAssignment(member: article.member, story: story))
            }
        }
        return perShard
    }

    /// A cluster's id: `s` + 16 hex digits of a hash of its first member's key,
    /// so it stays while that member does.
    static func clusterID(first: StoryMember) -> String {
        "s" + ContentHash.hex(ContentHash.fnv1a("story " + first.articleKey))
    }
}
