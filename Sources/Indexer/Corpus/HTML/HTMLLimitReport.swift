import CHTMLShim

/// What the HTML limits (`CorpusLimits.html…`) changed in one page before
/// libxml2 read it, and whether libxml2 stopped reading early anyway: the
/// parts of the page's one warning.
struct HTMLLimitReport: Sendable, Equatable {
    var attributesDropped = 0
    var elementsFlattened = 0
    /// The byte of the (UTF-8) text where the page was cut at the tag limit.
    var cutAt: Int?
    var undecodableBytes = 0
    /// libxml2's message when it stopped before the end.
    var stopped: String?

    init() {}

    init(_ report: xh_report) {
        attributesDropped = report.attributes_dropped
        elementsFlattened = report.elements_flattened
        cutAt = report.cut_at < 0 ? nil : report.cut_at  // size_t is Int here: (size_t)-1 is -1
        undecodableBytes = report.bad_bytes
        let message = withUnsafeBytes(of: report.stopped) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        stopped = message.isEmpty ? nil : message
    }

    static var limits: xh_limits {
        xh_limits(attributes_per_element: CorpusLimits.htmlAttributesPerElement, attributes: CorpusLimits.htmlAttributesPerFile,
                  tags: CorpusLimits.htmlTags, depth: CorpusLimits.htmlDepth)
    }

    /// The warning's text, or nil when the page was read whole as it is.
    func warning(charset: String?) -> String? {
        var parts: [String] = []
        if attributesDropped > 0 {
            parts.append("\(attributesDropped) attributes past the limits (\(CorpusLimits.htmlAttributesPerElement) per element, \(CorpusLimits.htmlAttributesPerFile) per page) were dropped")
        }
        if elementsFlattened > 0 {
            parts.append("\(elementsFlattened) elements nested more than \(CorpusLimits.htmlDepth) levels deep were flattened (their text is kept)")
        }
        if let cutAt {
            parts.append("more than \(CorpusLimits.htmlTags) tags: read up to byte \(cutAt), the rest was not indexed")
        }
        if undecodableBytes > 0 {
            parts.append("\(undecodableBytes) bytes are not \(charset ?? "its charset") and were replaced")
        }
        if let stopped {
            parts.append("the HTML parser stopped early (\(stopped)): the rest was not indexed")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
