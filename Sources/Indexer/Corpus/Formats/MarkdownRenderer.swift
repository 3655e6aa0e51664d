import CMarkdownShim

/// The one place that calls the Markdown shim: CommonMark in, HTML out.
enum MarkdownRenderer {
    static func html(_ markdown: String) -> String? {
        var length = 0
        let raw = markdown.withBytes { bytes, count in xm_markdown_to_html(bytes, count, &length) }
        guard let raw else { return nil }
        defer { xm_string_free(raw) }
        return raw.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }
}
