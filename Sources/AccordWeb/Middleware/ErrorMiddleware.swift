import AccordStore
import Hummingbird
import Logging

/// Turns every error into an answer: JSON for the API, an HTML page for the pages.
///
/// Registry errors are mapped by `RegistryError.apiError`, Hummingbird's own (404 for an unknown
/// path, 413 from body collection) keep their status, anything else is a logged 500 that tells
/// the client nothing about the internals.
public struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Renders an error as a page for a browser; nil answers JSON everywhere.
    public typealias PageRenderer = @Sendable (Request, APIError) -> Response
    let page: PageRenderer?
    let logger: Logger

    public init(logger: Logger, page: PageRenderer? = nil) {
        self.logger = logger
        self.page = page
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let apiError = Self.apiError(error, path: request.uri.path)
            if apiError.status.code >= 500 {
                logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(String(reflecting: error))"])
            }
            if let page, Self.wantsPage(request) {
                var response = page(request, apiError)
                for field in apiError.headers { response.headers.append(field) }
                return response
            }
            return try apiError.response(from: request, context: context)
        }
    }

    /// The API error an error stands for.
    static func apiError(_ error: any Error, path: String) -> APIError {
        switch error {
        case let e as APIError: return e
        case let e as RegistryError: return e.apiError
        case let e as any HTTPResponseError:
            switch e.status {
            case .notFound: return .noRoute(path)
            case .contentTooLarge: return APIError(.contentTooLarge, code: "body_too_large", reason: "request body too large")
            case .methodNotAllowed: return APIError(.methodNotAllowed, code: "method_not_allowed", reason: "method not allowed on \(path)")
            default: return APIError(e.status, code: "http_\(e.status.code)", reason: e.status.reasonPhrase)
            }
        default:
            return APIError(.internalServerError, code: "internal", reason: "internal error; see the server log")
        }
    }

    /// Pages (not the API, metrics, health or the OpenAPI document) answer browsers with HTML.
    static func wantsPage(_ request: Request) -> Bool {
        let path = request.uri.path
        if path.hasPrefix("/api/") || path == "/api" || path == "/openapi.json" || path == "/metrics" || path == "/healthz" { return false }
        if path.hasPrefix("/export/") { return false }
        return true
    }
}
