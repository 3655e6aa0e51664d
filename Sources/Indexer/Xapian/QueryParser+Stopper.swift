import CXapianShim
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

extension QueryParser {
    /// Xapian's SimpleStopper over `words` (an empty list removes it). QueryParser
    /// leaves a stopword out of the query unless it is in a phrase, required, or alone.
    public func setStopwords(_ words: [String]) throws {
        let copies = words.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        let pointers = copies.map { UnsafePointer<CChar>($0) }
        try pointers.withUnsafeBufferPointer { buffer in
            try ShimCall.check { xs_queryparser_set_stopwords(handle, buffer.baseAddress, buffer.count, $0) }
        }
    }
}
