/// Fits text into terminal columns at word boundaries: snippets wrap, titles
/// are cut with "…". Widths count characters (one column each). Every piece
/// of text given here is already `Terminal.clean`ed.
enum TextWrap {
    /// A piece of a snippet: its text and whether it is a match.
    struct Piece: Equatable {
        var text: String
        var isMatch: Bool
    }

    /// `pieces` as lines of at most `width` columns once rendered with
    /// `highlight`, broken at spaces (a word longer than a line is cut).
    static func lines(_ pieces: [Piece], width: Int, highlight: Highlight) -> [String] {
        let width = max(width, 8)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in words(pieces) {
            let rendered = word.map { highlight.render($0.text, isMatch: $0.isMatch) }.joined()
            let wordWidth = word.reduce(0) { $0 + highlight.width($1.text, isMatch: $1.isMatch) }
            if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                line += " " + rendered
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 { lines.append(line) }
            if wordWidth <= width {
                (line, lineWidth) = (rendered, wordWidth)
            } else {
                // One word wider than the line: cut it, a line at a time.
                var rest = word
                while !rest.isEmpty {
                    let (head, tail) = split(rest, at: width, highlight: highlight)
                    let headText = head.map { highlight.render($0.text, isMatch: $0.isMatch) }.joined()
                    if tail.isEmpty {
                        line = headText
                        lineWidth = head.reduce(0) { $0 + highlight.width($1.text, isMatch: $1.isMatch) }
                    } else {
                        lines.append(headText)
                    }
                    rest = tail
                }
            }
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// `text` in at most `width` columns: cut at the last space that leaves
    /// room for "…" (mid-word only when one word is wider than the line).
    static func cut(_ text: String, width: Int) -> String {
        guard text.count > width, width > 1 else { return text }
        let room = text.prefix(width - 1)
        if let space = room.lastIndex(of: " "), room.distance(from: room.startIndex, to: space) >= width / 2 {
            return room[..<space].trimmingTrailingSpaces() + "…"
        }
        return String(room) + "…"
    }

    /// The words of `pieces`: runs of non-space characters, each made of the
    /// pieces (or parts of pieces) it spans.
    static func words(_ pieces: [Piece]) -> [[Piece]] {
        var words: [[Piece]] = []
        var word: [Piece] = []
        for piece in pieces {
            var part = ""
            for c in piece.text {
                if c == " " {
                    if !part.isEmpty { word.append(Piece(text: part, isMatch: piece.isMatch)); part = "" }
                    if !word.isEmpty { words.append(word); word = [] }
                } else {
                    part.append(c)
                }
            }
            if !part.isEmpty { word.append(Piece(text: part, isMatch: piece.isMatch)) }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// The first `width` columns of a word and the rest.
    private static func split(_ word: [Piece], at width: Int, highlight: Highlight) -> ([Piece], [Piece]) {
        var head: [Piece] = []
        var used = 0
        var rest = word[...]
        while let piece = rest.first {
            let w = highlight.width(piece.text, isMatch: piece.isMatch)
            if used + w <= width { head.append(piece); used += w; rest = rest.dropFirst(); continue }
            let overhead = w - piece.text.count
            let take = max(width - used - overhead, 1)
            head.append(Piece(text: String(piece.text.prefix(take)), isMatch: piece.isMatch))
            rest[rest.startIndex] = Piece(text: String(piece.text.dropFirst(take)), isMatch: piece.isMatch)
            if rest.first?.text.isEmpty == true { rest = rest.dropFirst() }
            break
        }
        return (head, Array(rest))
    }
}

private extension Substring {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
