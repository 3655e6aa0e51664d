import CXapianShim

/// The one error type of the Xapian wrapper: Xapian's error class and its message.
public struct XapianError: Error, Sendable, CustomStringConvertible {
    /// Mirrors Xapian's exception classes, so callers can react to each one.
    public enum Kind: String, Sendable {
        case databaseLockError = "DatabaseLockError"
        case databaseModifiedError = "DatabaseModifiedError"
        case databaseNotFoundError = "DatabaseNotFoundError"
        case databaseOpeningError = "DatabaseOpeningError"
        case databaseCorruptError = "DatabaseCorruptError"
        case databaseVersionError = "DatabaseVersionError"
        case databaseCreateError = "DatabaseCreateError"
        case databaseClosedError = "DatabaseClosedError"
        case databaseError = "DatabaseError"
        case docNotFoundError = "DocNotFoundError"
        case queryParserError = "QueryParserError"
        case wildcardError = "WildcardError"
        case invalidArgumentError = "InvalidArgumentError"
        case invalidOperationError = "InvalidOperationError"
        case rangeError = "RangeError"
        /// A remote shard (xapian-tcpsrv) could not be reached, or dropped the connection.
        case networkError = "NetworkError"
        case otherXapianError = "Error"
        case stdException = "std::exception"
        case unknownException = "unknown exception"
    }

    public let kind: Kind
    /// Xapian's own class name (more specific than `kind` for rare classes).
    public let type: String
    public let message: String

    public init(kind: Kind, type: String? = nil, message: String) {
        self.kind = kind
        self.type = type ?? kind.rawValue
        self.message = message
    }

    init(_ raw: XSError) {
        var raw = raw
        let type = withUnsafeBytes(of: &raw.type) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let message = withUnsafeBytes(of: &raw.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        self.init(kind: Kind(code: raw.code), type: type.isEmpty ? nil : type, message: message)
    }

    /// True when the database exists but something else opened or changed it.
    public var isDatabaseOpening: Bool {
        switch kind {
        case .databaseOpeningError, .databaseNotFoundError, .databaseVersionError: return true
        default: return false
        }
    }

    public var description: String { "Xapian \(type): \(message)" }
}

extension XapianError.Kind {
    init(code: XSErrorCode) {
        switch code {
        case XS_DATABASE_LOCK_ERROR: self = .databaseLockError
        case XS_DATABASE_MODIFIED_ERROR: self = .databaseModifiedError
        case XS_DATABASE_NOT_FOUND_ERROR: self = .databaseNotFoundError
        case XS_DATABASE_OPENING_ERROR: self = .databaseOpeningError
        case XS_DATABASE_CORRUPT_ERROR: self = .databaseCorruptError
        case XS_DATABASE_VERSION_ERROR: self = .databaseVersionError
        case XS_DATABASE_CREATE_ERROR: self = .databaseCreateError
        case XS_DATABASE_CLOSED_ERROR: self = .databaseClosedError
        case XS_DATABASE_ERROR: self = .databaseError
        case XS_DOC_NOT_FOUND_ERROR: self = .docNotFoundError
        case XS_QUERY_PARSER_ERROR: self = .queryParserError
        case XS_WILDCARD_ERROR: self = .wildcardError
        case XS_INVALID_ARGUMENT_ERROR: self = .invalidArgumentError
        case XS_INVALID_OPERATION_ERROR: self = .invalidOperationError
        case XS_RANGE_ERROR: self = .rangeError
        case XS_NETWORK_ERROR: self = .networkError
        case XS_STD_EXCEPTION: self = .stdException
        case XS_UNKNOWN_EXCEPTION: self = .unknownException
        default: self = .otherXapianError
        }
    }
}
