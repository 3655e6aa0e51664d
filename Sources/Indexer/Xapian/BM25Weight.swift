/// Parameters of Xapian's BM25Weight (its defaults: k1 1, k2 0, k3 1, b 0.5, min_normlen 0.5).
public struct BM25Weight: Sendable, Equatable {
    public var k1 = 1.0
    public var k2 = 0.0
    public var k3 = 1.0
    public var b = 0.5
    public var minNormlen = 0.5

    public init(k1: Double = 1.0, k2: Double = 0.0, k3: Double = 1.0, b: Double = 0.5, minNormlen: Double = 0.5) {
        self.k1 = k1
        self.k2 = k2
        self.k3 = k3
        self.b = b
        self.minNormlen = minNormlen
    }
}
