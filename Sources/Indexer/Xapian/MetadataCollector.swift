import CXapianShim

/// Gathers the (key, value) pairs a shim metadata walk reports to its C callback.
enum MetadataCollector {
    typealias Walk = (UnsafePointer<CChar>?, Int, xs_metadata_visitor, UnsafeMutableRawPointer, UnsafeMutablePointer<XSError>) -> Int32

    static func collect(prefix: String, _ walk: Walk) throws -> [(key: String, value: String)] {
        var copy = prefix
        return try copy.withUTF8 { buf in
            try buf.withMemoryRebound(to: CChar.self) { p in
                try ShimVisitors.collect((key: String, value: String).self) { context, err in
                    walk(p.baseAddress, p.count, metadataVisitor, context, err)
                }
            }
        }
    }
}

private func metadataVisitor(_ context: UnsafeMutableRawPointer?, _ key: UnsafePointer<CChar>?, _ keyLength: Int,
                             _ value: UnsafePointer<CChar>?, _ valueLength: Int) -> Int32 {
    Unmanaged<ShimVisitors.Sink<(key: String, value: String)>>.fromOpaque(context!).takeUnretainedValue()
        .items.append((ShimVisitors.decode(key, keyLength), ShimVisitors.decode(value, valueLength)))
    return 0
}
