import CXapianShim

extension Query {
    /// The documents whose value in `slot` is from `low` to `high` (OP_VALUE_RANGE,
    /// string order), with no weight: a filter.
    public convenience init(slot: UInt32, from low: String, to high: String) throws {
        let raw = try low.withBytes { l, ln in
            try high.withBytes { h, hn in try ShimCall.handle { xs_query_new_value_range(slot, l, ln, h, hn, $0) } }
        }
        self.init(handle: raw)
    }
}
