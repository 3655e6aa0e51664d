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

extension MetadataCollector {
    /// Hands each value whose key starts with `prefix` to `body` as the walk
    /// reports it, holding none of them.
    static func forEachValue(prefix: String, _ walk: Walk, _ body: (String) -> Void) throws {
        try withoutActuallyEscaping(body) { body in
            let sink = ValueSink(body)
            let context = Unmanaged.passRetained(sink).toOpaque()
            defer { Unmanaged<ValueSink>.fromOpaque(context).release() }
            var copy = prefix
            var err = XSError()
            copy.withUTF8 { buf in
                buf.withMemoryRebound(to: CChar.self) { p in _ = walk(p.baseAddress, p.count, valueVisitor, context, &err) }
            }
            if err.code != XS_OK { throw XapianError(err) }
        }
    }

    final class ValueSink {
        let body: (String) -> Void
        init(_ body: @escaping (String) -> Void) { self.body = body }
    }
}

private func valueVisitor(_ context: UnsafeMutableRawPointer?, _ key: UnsafePointer<CChar>?, _ keyLength: Int,
                          _ value: UnsafePointer<CChar>?, _ valueLength: Int) -> Int32 {
    Unmanaged<MetadataCollector.ValueSink>.fromOpaque(context!).takeUnretainedValue().body(ShimVisitors.decode(value, valueLength))
    return 0
}

private func metadataVisitor(_ context: UnsafeMutableRawPointer?, _ key: UnsafePointer<CChar>?, _ keyLength: Int,
                             _ value: UnsafePointer<CChar>?, _ valueLength: Int) -> Int32 {
    Unmanaged<ShimVisitors.Sink<(key: String, value: String)>>.fromOpaque(context!).takeUnretainedValue()
        .items.append((ShimVisitors.decode(key, keyLength), ShimVisitors.decode(value, valueLength)))
    return 0
}
