import CXapianShim

/// Xapian's TermGenerator: splits text into terms on the current document.
public final class TermGenerator {
    let handle: OpaquePointer

    public init() throws {
        handle = try ShimCall.handle { xs_termgenerator_new($0) }
    }

    deinit { xs_termgenerator_free(handle) }

    public func setStemmer(_ stem: Stem) throws {
        try ShimCall.check { xs_termgenerator_set_stemmer(handle, stem.handle, $0) }
    }

    public func setStemmingStrategy(_ strategy: StemStrategy) throws {
        try ShimCall.check { xs_termgenerator_set_stemming_strategy(handle, strategy.rawCode, $0) }
    }

    /// Starts a document; term positions restart at 0.
    public func setDocument(_ document: Document) throws {
        try ShimCall.check { xs_termgenerator_set_document(handle, document.handle, $0) }
    }

    public func indexText(_ text: String, wdfInc: UInt32 = 1, prefix: String = "", positions: Bool = true) throws {
        try text.withBytes { t, n in
            try ShimCall.check { xs_termgenerator_index_text(handle, t, n, wdfInc, prefix, positions ? 1 : 0, $0) }
        }
    }

    public func increaseTermpos(_ delta: UInt32 = 100) throws {
        try ShimCall.check { xs_termgenerator_increase_termpos(handle, delta, $0) }
    }
}
