import Foundation
import Indexer

/// `search --batch FILE`: one query per line in, one JSON object per line out
/// (`schemas/batch.schema.json`). Each line is answered as it is read and
/// written at once, so a long-lived helper can send a query on standard input
/// and wait for its answer (`--batch -`).
struct BatchSearch {
    let searcher: Searcher
    let template: SearchRequest
    /// Each query searched with `--group` (a grouped object per line).
    let grouped: Bool
    /// Warm up first, and add exact match counts (outside the timing): reads every query first.
    let bench: Bool

    func run(file: String) throws {
        do {
            try answerAll(file: file)
        } catch let failure as LineReader.Failure {
            throw ExitStatus.fail("--batch: \(failure)", code: ExitStatus.usage)
        }
    }

    private func answerAll(file: String) throws {
        if bench {
            let queries = try Self.readQueries(file)
            for query in queries { _ = try? searcher.search(request(query)) }
            for query in queries { try write(answer(query)) }
            return
        }
        let reader = try LineReader(path: file)
        while let line = try reader.next() {
            guard let query = Self.query(line) else { continue }
            try write(answer(query))
        }
    }

    private func answer(_ query: String) throws -> String {
        do {
            if grouped { return try GroupedJSON(searcher.searchGrouped(request(query))).encoded() }
            var json = SearchJSON(try searcher.search(request(query)))
            if bench { json.exactTotal = try searcher.countMatches(query) }
            return try json.encoded()
        } catch let error as SearchError {
            if case .noIndex = error { throw error }
            return try JSONOutput.encode(BatchErrorJSON(query: query, error: error.description))
        }
    }

    /// One line, written and flushed (standard output is a FileHandle, unbuffered).
    private func write(_ line: String) throws {
        try FileHandle.standardOutput.write(contentsOf: Data((line + "\n").utf8))
    }

    private func request(_ query: String) -> SearchRequest {
        var request = template
        request.query = query
        return request
    }

    /// A line of the batch as a query: bytes that are not UTF-8 become U+FFFD;
    /// the CR of CRLF is dropped; blank lines and `#` lines are nil.
    static func query(_ line: Data) -> String? {
        let text = String(decoding: line.last == 0x0D ? line.dropLast() : line[...], as: UTF8.self)
        return text.allSatisfy(\.isWhitespace) || text.hasPrefix("#") ? nil : text
    }

    /// The queries of `file`: one a line, lines ending at `\n` only (U+2028,
    /// U+0085 and a lone CR are part of a query).
    static func readQueries(_ file: String) throws -> [String] {
        let reader = try LineReader(path: file)
        var queries: [String] = []
        while let line = try reader.next() { if let query = query(line) { queries.append(query) } }
        return queries
    }
}
