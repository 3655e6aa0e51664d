import CXapianShim

extension Database {
    /// What `Database.check` found in one glass database folder or table file.
    public struct CheckResult: Sendable {
        /// The errors Xapian counted; an exception that stopped the check counts too.
        public var errorCount: Int
        /// The exception that stopped the check, when one did.
        public var failure: XapianError?
        /// Xapian's report: a `table:` header per table, then its findings.
        public var report: String

        public var isClean: Bool { errorCount == 0 && failure == nil }

        /// The table the first problem is in ("postlist"); "iamglass" when the
        /// check stopped before any table (reading the version file). Nil when
        /// clean, or when the problem is not in one table.
        public var table: String? {
            if isClean { return nil }
            return failure == nil ? firstProblem.table : firstProblem.table ?? "iamglass"
        }

        /// One line: the exception's message, else Xapian's first error line.
        public var message: String {
            if let failure { return failure.message }
            return firstProblem.line ?? "\(errorCount) errors"
        }

        /// The section and text of the first line that is not a header or an
        /// all-clear; with a failure, the section the check stopped in.
        private var firstProblem: (table: String?, line: String?) {
            var table: String?
            var first: (String?, String?)?
            for raw in report.split(separator: "\n") {
                let line = String(raw)
                if line.hasSuffix(":"), !line.dropLast().contains(" ") {
                    table = String(line.dropLast())
                } else if first == nil, !Self.isAllClear(line) {
                    let prefix = (table ?? "") + " table: "
                    first = (table, line.hasPrefix(prefix) ? String(line.dropFirst(prefix.count)) : line)
                }
            }
            if failure != nil { return (table, nil) }
            return first ?? (table, nil)
        }

        private static func isAllClear(_ line: String) -> Bool {
            line.isEmpty || line.hasSuffix("table structure checked OK") || line.hasPrefix("Lazily created")
                || line.hasSuffix("checking readability") || line.contains("table errors found:")
                || line == "No errors found"
        }
    }

    /// Xapian's `Database::check` on a glass database folder (every table and
    /// the cross-checks between them) or on one table file (`…/postlist.glass`).
    /// Reads every block, so it takes time in proportion to the database's size.
    public static func check(path: String) -> CheckResult {
        var err = XSError()
        var length = 0
        var raw: UnsafeMutablePointer<CChar>?
        let count = xs_database_check(path, 0, &raw, &length, &err)
        var report = ""
        if let raw {
            report = raw.withMemoryRebound(to: UInt8.self, capacity: length) {
                String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
            }
            xs_string_free(raw)
        }
        let failure = err.code == XS_OK ? nil : XapianError(err)
        return CheckResult(errorCount: count < 0 ? 1 : Int(count), failure: failure, report: report)
    }
}
