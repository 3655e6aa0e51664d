import CXapianShim

/// A page of matches from `Enquire.getMSet`. Indexes count from 0 within the page.
public final class MSet {
    let handle: OpaquePointer

    init(handle: OpaquePointer) { self.handle = handle }

    deinit { xs_mset_free(handle) }

    public var size: Int { Int(xs_mset_size(handle)) }
    public var matchesEstimated: Int { Int(xs_mset_get_matches_estimated(handle)) }

    public func getDocid(_ index: Int) throws -> UInt32 {
        try ShimCall.check { xs_mset_get_docid(handle, UInt32(index), $0) }
    }

    public func getWeight(_ index: Int) throws -> Double {
        try ShimCall.check { xs_mset_get_weight(handle, UInt32(index), $0) }
    }

    public func getPercent(_ index: Int) throws -> Int {
        Int(try ShimCall.check { xs_mset_get_percent(handle, UInt32(index), $0) })
    }

    /// The value in `slot` of the document at `index`.
    public func getValue(_ index: Int, slot: UInt32) throws -> String {
        try ShimCall.string { len, err in xs_mset_get_value(handle, UInt32(index), slot, len, err) }
    }

    /// Asks for the documents of `range` at once (`MSet::fetch`): a remote shard
    /// sends them together rather than one round trip per `getValue`. A hint.
    public func fetch(_ range: Range<Int>) throws {
        guard !range.isEmpty else { return }
        _ = try ShimCall.check { xs_mset_fetch(handle, UInt32(clamping: range.lowerBound), UInt32(clamping: range.upperBound), $0) }
    }

    public func getDocumentData(_ index: Int) throws -> String {
        try ShimCall.string { len, err in xs_mset_get_document_data(handle, UInt32(index), len, err) }
    }
}
