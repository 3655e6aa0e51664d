/// The lines of a JSON Lines file that were not articles, for the file's one
/// warning: a single line is named as it always was (`line 2: not valid JSON;
/// line skipped`); several are counted by reason, each with its first line
/// (`809 lines skipped: 809 lines are not valid JSON (first: line 1)`), so a
/// binary file renamed `.jsonl` gets one line, not one per line.
struct SkippedLines {
    enum Reason: Error, CustomStringConvertible {
        case notJSON, notObject, noContent

        var description: String {
            switch self {
            case .notJSON: return "not valid JSON"
            case .notObject: return "not a JSON object"
            case .noContent: return "no title, body, paragraphs or captions"
            }
        }

        func phrase(count: Int) -> String {
            switch self {
            case .notJSON: return count == 1 ? "is not valid JSON" : "are not valid JSON"
            case .notObject: return count == 1 ? "is not a JSON object" : "are not JSON objects"
            case .noContent: return (count == 1 ? "has" : "have") + " no title, body, paragraphs or captions"
            }
        }
    }

    private var groups: [(reason: Reason, count: Int, first: Int)] = []
    private var total = 0

    mutating func add(_ reason: Reason, line: Int) {
        total += 1
        if let i = groups.firstIndex(where: { $0.reason == reason }) {
            groups[i].count += 1
        } else {
            groups.append((reason, 1, line))
        }
    }

    var warning: String? {
        guard let only = groups.first else { return nil }
        if total == 1 { return "line \(only.first): \(only.reason); line skipped" }
        let parts = groups.map { group in
            group.count == 1 ? "line \(group.first) \(group.reason.phrase(count: 1))"
                : "\(group.count) lines \(group.reason.phrase(count: group.count)) (first: line \(group.first))"
        }
        return "\(total) lines skipped: " + parts.joined(separator: ", ")
    }
}
