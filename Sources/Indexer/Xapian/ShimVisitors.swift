import CXapianShim

/// Collects what the shim's C visitor callbacks report, into Swift arrays.
enum ShimVisitors {
    final class Sink<Element> { var items: [Element] = [] }

    /// Runs `call` with a context pointer for `Sink<Element>` and returns what was visited.
    static func collect<Element>(_ type: Element.Type, _ call: (UnsafeMutableRawPointer, UnsafeMutablePointer<XSError>) -> Int32) throws -> [Element] {
        let sink = Sink<Element>()
        let context = Unmanaged.passRetained(sink).toOpaque()
        defer { Unmanaged<Sink<Element>>.fromOpaque(context).release() }
        var err = XSError()
        _ = call(context, &err)
        if err.code != XS_OK { throw XapianError(err) }
        return sink.items
    }

    static func decode(_ p: UnsafePointer<CChar>?, _ n: Int) -> String {
        guard let p else { return "" }
        return p.withMemoryRebound(to: UInt8.self, capacity: n) {
            String(decoding: UnsafeBufferPointer(start: $0, count: n), as: UTF8.self)
        }
    }

    static let string: xs_string_visitor = { context, s, n in
        Unmanaged<Sink<String>>.fromOpaque(context!).takeUnretainedValue().items.append(decode(s, n))
        return 0
    }

    static let valueCount: xs_value_count_visitor = { context, s, n, count in
        Unmanaged<Sink<(String, Int)>>.fromOpaque(context!).takeUnretainedValue().items.append((decode(s, n), Int(count)))
        return 0
    }

    static let termWeight: xs_term_weight_visitor = { context, s, n, weight in
        Unmanaged<Sink<(String, Double)>>.fromOpaque(context!).takeUnretainedValue().items.append((decode(s, n), weight))
        return 0
    }
}
