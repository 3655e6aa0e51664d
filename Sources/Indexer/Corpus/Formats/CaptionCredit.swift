import Foundation

/// Splits a caption's text from its photo credit, for formats whose captions
/// do not mark the credit: a last line, or a last sentence, that looks like one.
enum CaptionCredit {
    /// Labels that introduce a credit: "Photo: Jane Doe", "Credit: AP".
    static let labels = ["photo:", "photograph:", "photo by", "credit:", "image:", "picture:", "source:"]

    /// `(caption, credit)`; credit is nil when no part of `text` looks like one.
    /// `lines` are the caption's lines (split at <br> or newlines).
    static func split(lines: [String]) -> (String, String?) {
        let lines = lines.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard let last = lines.last else { return ("", nil) }
        if lines.count >= 2, let credit = credit(last) {
            return (lines.dropLast().joined(separator: " "), credit)
        }
        let text = lines.joined(separator: " ")
        // "Protesters in Berlin. REUTERS/Fabian Bimmer"
        for separator in [". ", " | ", " – ", " — "] {
            if let range = text.range(of: separator, options: .backwards) {
                let tail = String(text[range.upperBound...]).trimmingWhitespace()
                if let credit = credit(tail) {
                    let head = String(text[..<range.lowerBound]) + (separator == ". " ? "." : "")
                    return (head.trimmingWhitespace(), credit)
                }
            }
        }
        return (text, nil)
    }

    /// The credit a line names, without its label, or nil.
    static func credit(_ line: String) -> String? {
        var line = line.trimmingWhitespace()
        if line.hasPrefix("(") && line.hasSuffix(")") { line = String(line.dropFirst().dropLast()).trimmingWhitespace() }
        let lower = line.lowercased()
        for label in labels where lower.hasPrefix(label) {
            let rest = String(line.dropFirst(label.count)).trimmingWhitespace()
            return rest.isEmpty || rest.count > 80 ? nil : rest
        }
        return Heuristics.isCredit(line) ? line : nil
    }
}
