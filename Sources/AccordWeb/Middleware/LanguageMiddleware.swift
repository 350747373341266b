import Hummingbird

/// Refuses a `lang` query parameter other than `th` or `en` on the pages (400), as the OpenAPI
/// document declares, instead of silently falling back to Thai.
public struct LanguageMiddleware<Context: RequestContext>: RouterMiddleware {
    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if !ErrorMiddleware<Context>.wantsPage(request) && !request.uri.path.hasPrefix("/export/") && !request.uri.path.hasPrefix("/feeds/") {
            return try await next(request, context)
        }
        for (name, value) in request.uri.queryParameters where name == "lang" && value != "th" && value != "en" {
            throw APIError.invalid("lang", "unknown language \"\(String(value).prefix(20))\" (allowed: th, en)")
        }
        return try await next(request, context)
    }
}
