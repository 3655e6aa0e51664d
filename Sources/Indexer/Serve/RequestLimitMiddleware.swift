import Hummingbird

/// Refuses, before any route runs, what no endpoint reads: a request target
/// longer than `ServeLimits.targetBytes` (400: longer than any valid
/// request needs), a body (413; the API is
/// read-only and takes none), and methods other than GET and HEAD (405).
struct RequestLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    let limits: ServeLimits

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            throw HTTPError(.methodNotAllowed)
        }
        let target = request.uri.description.utf8.count
        guard target <= limits.targetBytes else {
            let failure = APIError(status: 400, "the request is \(Digits.grouped(target)) bytes long; the limit is \(Digits.grouped(limits.targetBytes))")
            return SearchServer.json(failure.json, status: failure.status)
        }
        let length = request.headers[.contentLength].flatMap { Int($0) } ?? 0
        guard length <= limits.bodyBytes, request.headers[.transferEncoding] == nil else {
            let failure = APIError(status: 413, "the API reads no request body (got \(Digits.grouped(length)) bytes)")
            return SearchServer.json(failure.json, status: failure.status)
        }
        return try await next(request, context)
    }
}
