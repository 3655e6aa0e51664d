import CXapianShim

extension QueryParser {
    /// Xapian's DateRangeProcessor: `field`START..END over YYYYMMDD values in `slot`.
    public func addDateRangeProcessor(slot: UInt32, field: String, preferMDY: Bool = false, epochYear: Int32 = 1970) throws {
        try ShimCall.check { xs_queryparser_add_date_range(handle, slot, field, preferMDY ? 1 : 0, epochYear, $0) }
    }
}
