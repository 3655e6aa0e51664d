/// The articles story clustering has met so far and the near-duplicate
/// pairs found among them, as a union-find forest: each connected set of
/// articles is one story (single linkage). Articles held in memory are also
/// bucketed by band, to find their candidates without a query.
struct StoryGraph {
    private(set) var nodes: [FingerprintedArticle] = []
    private var index: [StoryMember: Int] = [:]
    private var parent: [Int] = []
    /// Each node's band keys.
    private var bands: [[UInt32]] = []
    /// (band number << 32 | band hash, node) of each band of the in-memory
    /// articles, sorted by key before the first lookup: a flat array, as a
    /// dictionary of arrays costs about 80 bytes per band (50 MB for Reuters).
    private var buckets: [(key: UInt64, node: Int32)] = []
    private var sorted = true

    /// The article's node (added once; later copies are ignored).
    @discardableResult
    mutating func add(_ article: FingerprintedArticle, inMemory: Bool = false) -> Int {
        if let known = index[article.member] { return known }
        let node = nodes.count
        nodes.append(article)
        index[article.member] = node
        parent.append(node)
        let keys = article.fingerprint.bandKeys
        bands.append(keys)
        if inMemory {
            for (band, key) in keys.enumerated() { buckets.append((UInt64(band) << 32 | UInt64(key), Int32(node))) }
            sorted = false
        }
        return node
    }

    /// The in-memory articles that share a band with node `node`.
    mutating func bucketed(with node: Int) -> [Int] {
        if !sorted {
            buckets.sort { $0.key < $1.key }
            sorted = true
        }
        var found: [Int] = []
        for (band, key) in bands[node].enumerated() {
            let wanted = UInt64(band) << 32 | UInt64(key)
            // The first entry not below `wanted`, then every one equal to it.
            var (low, high) = (0, buckets.count)
            while low < high {
                let middle = (low + high) / 2
                if buckets[middle].key < wanted { low = middle + 1 } else { high = middle }
            }
            while low < buckets.count, buckets[low].key == wanted {
                found.append(Int(buckets[low].node))
                low += 1
            }
        }
        return found
    }

    mutating func find(_ node: Int) -> Int {
        var root = node
        while parent[root] != root { root = parent[root] }
        var walk = node
        while parent[walk] != root { (parent[walk], walk) = (root, parent[walk]) }
        return root
    }

    mutating func union(_ a: Int, _ b: Int) {
        let (ra, rb) = (find(a), find(b))
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }

    /// The connected sets among `members`, each sorted.
    mutating func components(of members: Set<Int>) -> [[Int]] {
        var byRoot: [Int: [Int]] = [:]
        for node in members { byRoot[find(node), default: []].append(node) }
        return byRoot.values.map { $0.sorted { nodes[$0].member < nodes[$1].member } }
    }
}
