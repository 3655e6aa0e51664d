import Foundation

/// Any error as one readable line, never Foundation's raw
/// `Error Domain=NSCocoaErrorDomain Code=260 "…" UserInfo={…}`.
enum ErrorText {
    /// "cannot read /x/queries.txt: No such file or directory".
    static func line(_ error: Error, reading what: String? = nil) -> String {
        let ns = error as NSError
        guard ns.domain == NSCocoaErrorDomain || ns.domain == NSPOSIXErrorDomain else { return "\(error)" }
        let path = ns.userInfo[NSFilePathErrorKey] as? String
            ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
        let reason = posixReason(ns) ?? cocoaReason(ns.code)
        let subject = [what, path].compactMap { $0 }.joined(separator: " ")
        return subject.isEmpty ? reason : "cannot read \(subject): \(reason)"
    }

    /// strerror of the underlying POSIX error, if there is one.
    private static func posixReason(_ error: NSError) -> String? {
        if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
        guard let value = error.userInfo[NSUnderlyingErrorKey] as? Error else { return nil }
        let underlying = value as NSError
        guard underlying.domain == NSPOSIXErrorDomain else { return nil }
        return String(cString: strerror(Int32(underlying.code)))
    }

    private static func cocoaReason(_ code: Int) -> String {
        switch code {
        case CocoaError.fileReadNoSuchFile.rawValue, CocoaError.fileNoSuchFile.rawValue: return "No such file or directory"
        case CocoaError.fileReadNoPermission.rawValue: return "Permission denied"
        case CocoaError.fileReadInapplicableStringEncoding.rawValue: return "not valid text"
        default: return "error \(code)"
        }
    }
}
