import Foundation
import Indexer

/// `search --batch FILE`: one query per line in, one JSON object per line out.
struct BatchSearch {
    let searcher: Searcher
    let template: SearchRequest
    /// Warm up first, and add exact match counts (outside the timing).
    let bench: Bool

    func run(file: String) throws {
        let queries = try Self.readQueries(file)
        if bench {
            for query in queries { _ = try? searcher.search(request(query)) }
        }
        var out = ""
        for query in queries {
            var line: String
            do {
                let results = try searcher.search(request(query))
                var json = SearchJSON(results)
                if bench { json.matches = try searcher.countMatches(query) }
                line = try json.encoded()
            } catch let error as SearchError {
                if case .noIndex = error { throw error }
                line = try SearchJSON.failure(query: query, error: error.description)
            }
            out += line + "\n"
            if out.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(out.utf8))
                out = ""
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    private func request(_ query: String) -> SearchRequest {
        var request = template
        request.query = query
        return request
    }

    /// The queries of `file`: one a line, lines ending at `\n` only (U+2028,
    /// U+0085 and a lone CR are part of a query; the CR of CRLF is dropped).
    /// Bytes that are not UTF-8 become U+FFFD; blank lines and `#` lines are skipped.
    static func readQueries(_ file: String) throws -> [String] {
        let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
        return data.split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { line in String(decoding: line.last == 0x0D ? line.dropLast() : line[...], as: UTF8.self) }
            .filter { !$0.allSatisfy(\.isWhitespace) && !$0.hasPrefix("#") }
    }
}
