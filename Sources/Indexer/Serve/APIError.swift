/// A request the server answers with an error: its HTTP status and one line
/// saying what was wrong, sent as `{"error": {"status": …, "message": …}}`,
/// never a stack trace.
public struct APIError: Error, Sendable, Equatable {
    public var status: Int
    public var message: String

    public init(status: Int, _ message: String) {
        self.status = status
        self.message = message
    }

    public static func badRequest(_ message: String) -> APIError { APIError(status: 400, message) }

    /// What a failed search says to a client: its own mistakes are 400s, a
    /// passage that is not there 404, an index that cannot be read 503.
    public static func from(_ error: any Error) -> APIError {
        if let error = error as? APIError { return error }
        guard let error = error as? SearchError else { return APIError(status: 500, "the search failed: \(error)") }
        switch error {
        case .emptyQuery, .queryTooLong, .badDate: return .badRequest(error.description)
        case .noSuchPassage: return APIError(status: 404, error.description)
        case .noIndex, .cannotRead, .outdatedIndex, .damaged, .remoteShardDown: return APIError(status: 503, error.description)
        case .xapian: return APIError(status: 500, error.description)
        }
    }

    private struct Body: Encodable {
        var formatVersion = JSONOutput.formatVersion
        var error: Detail

        struct Detail: Encodable {
            var status: Int
            var message: String
        }
    }

    /// The JSON body (`schemas/error.schema.json`).
    public var json: String {
        (try? JSONOutput.encode(Body(error: .init(status: status, message: message)))) ?? "{}"
    }
}
