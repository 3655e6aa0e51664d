import Foundation
import Hummingbird
import Logging

/// One log line per request: method, target, status and milliseconds
/// (`GET /api/search?q=oil 200 3.1 ms`). Errors the routes did not answer
/// (an unknown path, a wrong method) become JSON here, as every answer is.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            let failure = APIError(status: Int(error.status.code), Self.message(error.status, path: request.uri.path))
            response = SearchServer.json(failure.json, status: failure.status)
            if failure.status == 405 { response.headers[.allow] = "GET, HEAD" }
        } catch {
            let failure = APIError.from(error)
            response = SearchServer.json(failure.json, status: failure.status)
        }
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15
        logger.info("\(request.method) \(APIQuery.shown(request.uri.description)) \(response.status.code) \(String(format: "%.1f", ms)) ms")
        return response
    }

    static func message(_ status: HTTPResponse.Status, path: String) -> String {
        switch status.code {
        case 404: return "no such page: \(APIQuery.shown(path)) (the API is /api/search, /api/similar, /api/status; see /openapi.json)"
        case 405: return "\(APIQuery.shown(path)) takes GET only: the server is read-only"
        default: return status.reasonPhrase
        }
    }
}
