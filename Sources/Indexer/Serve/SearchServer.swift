import Foundation
import Hummingbird
import Logging

/// `search-cli serve`: a read-only HTTP server over the index, with the JSON
/// API (`SearchAPI`), its OpenAPI document and the search page. Searches run
/// on `SearcherPool`'s threads, off the event loops; every answer, error or
/// not, is JSON (or the page), and each request is one log line.
public struct SearchServer: Sendable {
    public struct Configuration: Sendable {
        public var host = "127.0.0.1"
        public var port = 8080
        /// Threads that search, each with its own open index.
        public var threads = 2
        public var limits = ServeLimits()

        public init() {}
    }

    let configuration: Configuration
    let api: SearchAPI
    let logger: Logger

    public init(configuration: Configuration, api: SearchAPI, logger: Logger) {
        self.configuration = configuration
        self.api = api
        self.logger = logger
    }

    /// Serves until SIGINT or SIGTERM, then lets the requests in flight end.
    /// `onListening` gets the address bound (the port, when 0 asked for any).
    public func run(onListening: @escaping @Sendable (String, Int) async -> Void = { _, _ in }) async throws {
        let host = configuration.host
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: configuration.port), serverName: "search-cli"),
            onServerRunning: { channel in await onListening(host, channel.localAddress?.port ?? 0) },
            logger: logger)
        try await app.runService()
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: RequestLogMiddleware(logger: logger))
        router.add(middleware: RequestLimitMiddleware(limits: configuration.limits))
        let api = api
        router.get("/") { request, _ in
            let (html, status) = await api.page(request.uri.query)
            return Self.page(html, type: "text/html; charset=utf-8", status: status)
        }
        router.get("/app.js") { _, _ in Self.page(SearchPage.script, type: "text/javascript; charset=utf-8") }
        router.get("/app.css") { _, _ in Self.page(SearchPage.style, type: "text/css; charset=utf-8") }
        router.get("/openapi.json") { _, _ in Self.json(OpenAPIDocument.json) }
        router.get("/api/search") { request, _ in await Self.answer { try await api.search(request.uri.query) } }
        router.get("/api/similar") { request, _ in await Self.answer { try await api.similar(request.uri.query) } }
        router.get("/api/status") { request, _ in await Self.answer { try await api.status(request.uri.query) } }
        router.get("/feeds/:feed") { request, context in
            do {
                let xml = try await api.feed(file: context.parameters.get("feed") ?? "", query: request.uri.query)
                return Self.page(xml, type: "application/atom+xml; charset=utf-8")
            } catch {
                let failure = APIError.from(error)
                return Self.json(failure.json, status: failure.status)
            }
        }
        return router
    }

    static func answer(_ body: () async throws -> String) async -> Response {
        do {
            return json(try await body())
        } catch {
            let failure = APIError.from(error)
            return json(failure.json, status: failure.status)
        }
    }

    static func json(_ body: String, status: Int = 200) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        return Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    /// The page and its script and style: same-origin only (no inline script,
    /// nothing from elsewhere), so text in results can never run as code.
    static func page(_ body: String, type: String, status: Int = 200) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentSecurityPolicy] = "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        headers[.init("Referrer-Policy")!] = "no-referrer"
        return Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
