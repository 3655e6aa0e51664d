import CHTMLShim

/// The one place that calls the HTML shim: bytes in, an `HTMLNode` tree out,
/// read within `CorpusLimits`' HTML limits.
enum HTMLTreeReader {
    /// Parses `bytes` as HTML in `encoding` (nil: libxml2 decides). Nil when
    /// libxml2 could not build a document at all.
    static func parse(_ bytes: [UInt8], encoding: String?) -> (root: HTMLNode, limits: HTMLLimitReport)? {
        let builder = Builder()
        var callbacks = xh_callbacks()
        callbacks.context = Unmanaged.passUnretained(builder).toOpaque()
        callbacks.start_element = { context, name, attrs, count in
            let builder = Unmanaged<Builder>.fromOpaque(context!).takeUnretainedValue()
            var attributes: [String: String] = [:]
            for i in 0..<count {
                guard let key = attrs?[2 * i], let value = attrs?[2 * i + 1] else { continue }
                let name = String(cString: key).lowercased()
                if attributes[name] == nil { attributes[name] = String(cString: value) }
            }
            builder.start(String(cString: name!).lowercased(), attributes)
        }
        callbacks.text = { context, text, length in
            let builder = Unmanaged<Builder>.fromOpaque(context!).takeUnretainedValue()
            let buffer = UnsafeRawBufferPointer(start: text, count: length)
            builder.text(String(decoding: buffer, as: UTF8.self))
        }
        callbacks.end_element = { context, _ in
            Unmanaged<Builder>.fromOpaque(context!).takeUnretainedValue().end()
        }
        var error = [CChar](repeating: 0, count: 256)
        var limits = HTMLLimitReport.limits
        var report = xh_report()
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                withExtendedLifetime(builder) {
                    xh_parse_html(chars.baseAddress, chars.count, encoding, &limits, &report, &callbacks, &error, error.count)
                }
            }
        }
        return status == 0 ? (builder.root, HTMLLimitReport(report)) : nil
    }

    /// Builds the tree from the shim's start/text/end events.
    final class Builder {
        let root = HTMLNode(name: "#document", attributes: [:])
        private var stack: [HTMLNode] = []

        func start(_ name: String, _ attributes: [String: String]) {
            let node = HTMLNode(name: name, attributes: attributes)
            (stack.last ?? root).children.append(.element(node))
            stack.append(node)
        }

        func text(_ text: String) {
            (stack.last ?? root).children.append(.text(text))
        }

        func end() {
            _ = stack.popLast()
        }
    }
}
