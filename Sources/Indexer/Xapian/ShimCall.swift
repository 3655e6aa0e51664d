import CXapianShim

/// The calling convention of the shim, in one place: run a C call with an
/// error out-parameter and throw `XapianError` when it reports one.
enum ShimCall {
    @discardableResult
    static func check<T>(_ body: (UnsafeMutablePointer<XSError>) -> T) throws -> T {
        var err = XSError()
        let result = body(&err)
        if err.code != XS_OK { throw XapianError(err) }
        return result
    }

    /// For constructors: a NULL handle means failure.
    static func handle<T>(_ body: (UnsafeMutablePointer<XSError>) -> T?) throws -> T {
        var err = XSError()
        guard let handle = body(&err) else {
            throw err.code == XS_OK ? XapianError(kind: .unknownException, message: "no handle returned") : XapianError(err)
        }
        return handle
    }

    /// For calls that return a malloc'd (pointer, length) string.
    static func string(_ body: (UnsafeMutablePointer<Int>, UnsafeMutablePointer<XSError>) -> UnsafeMutablePointer<CChar>?) throws -> String {
        var err = XSError()
        var length = 0
        guard let raw = body(&length, &err) else {
            throw err.code == XS_OK ? XapianError(kind: .unknownException, message: "no string returned") : XapianError(err)
        }
        defer { xs_string_free(raw) }
        return raw.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }
}

extension String {
    /// Calls `body` with this string's UTF-8 bytes and their count (NULs allowed).
    @discardableResult
    func withBytes<T>(_ body: (UnsafePointer<CChar>?, Int) throws -> T) rethrows -> T {
        var copy = self
        return try copy.withUTF8 { buf in
            try buf.withMemoryRebound(to: CChar.self) { try body($0.baseAddress, $0.count) }
        }
    }
}
