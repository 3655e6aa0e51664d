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

    /// Why cmark-gfm should not be given `markdown` (it is slow or quadratic
    /// in its markers: `CorpusLimits.markdownMarkers…`), or nil.
    static func tooHeavy(_ markdown: String) -> String? {
        let markers = markdown.withBytes { bytes, count in xm_count_markers(bytes, count) }
        if markers.total > CorpusLimits.markdownMarkersPerFile {
            return "\(markers.total) Markdown markers (* _ [ ] ! ` < > & \\), more than \(CorpusLimits.markdownMarkersPerFile) per file"
        }
        if markers.busiest_block > CorpusLimits.markdownMarkersPerBlock {
            return "\(markers.busiest_block) Markdown markers (* _ [ ] ! ` < > & \\) in one block, more than \(CorpusLimits.markdownMarkersPerBlock)"
        }
        return nil
    }
}
