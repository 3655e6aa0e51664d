import CXapianShim

/// Gathers the (key, value) pairs a shim metadata walk reports to its C callback.
enum MetadataCollector {
    final class Sink { var pairs: [(key: String, value: String)] = [] }

    typealias Walk = (UnsafePointer<CChar>?, Int, xs_metadata_visitor, UnsafeMutableRawPointer, UnsafeMutablePointer<XSError>) -> Int32

    static func collect(prefix: String, _ walk: Walk) throws -> [(key: String, value: String)] {
        let sink = Sink()
        let context = Unmanaged.passRetained(sink).toOpaque()
        defer { Unmanaged<Sink>.fromOpaque(context).release() }
        var err = XSError()
        var copy = prefix
        _ = copy.withUTF8 { buf in
            buf.withMemoryRebound(to: CChar.self) { walk($0.baseAddress, $0.count, metadataVisitor, context, &err) }
        }
        if err.code != XS_OK { throw XapianError(err) }
        return sink.pairs
    }

    static func decode(_ p: UnsafePointer<CChar>?, _ n: Int) -> String {
        guard let p else { return "" }
        return p.withMemoryRebound(to: UInt8.self, capacity: n) {
            String(decoding: UnsafeBufferPointer(start: $0, count: n), as: UTF8.self)
        }
    }
}

private func metadataVisitor(_ context: UnsafeMutableRawPointer?, _ key: UnsafePointer<CChar>?, _ keyLength: Int,
                             _ value: UnsafePointer<CChar>?, _ valueLength: Int) -> Int32 {
    let sink = Unmanaged<MetadataCollector.Sink>.fromOpaque(context!).takeUnretainedValue()
    sink.pairs.append((MetadataCollector.decode(key, keyLength), MetadataCollector.decode(value, valueLength)))
    return 0
}
