import Dispatch
import Hummingbird
import Logging

/// One log line per request once it is answered: method, path, route pattern, status and duration.
///
/// Hummingbird's `LogRequestsMiddleware` logs when a request arrives, so its line cannot say how the
/// request ended or how long it took; an operator reading the log needs both.
public struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let level: Logger.Level

    /// Logs at `level` (errors the inner middleware did not answer at `error`).
    public init(_ level: Logger.Level = .info) { self.level = level }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = DispatchTime.now().uptimeNanoseconds
        func log(_ status: Int, at level: Logger.Level) {
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            context.logger.log(level: level, "request", metadata: [
                "method": "\(request.method)",
                "path": "\(request.uri.path)",
                "route": "\(context.endpointPath ?? "unknown")",
                "status": "\(status)",
                "duration_ms": "\((ms * 1000).rounded() / 1000)",
            ])
        }
        do {
            let response = try await next(request, context)
            log(response.status.code, at: level)
            return response
        } catch {
            log((error as? any HTTPResponseError)?.status.code ?? 500, at: .error)
            throw error
        }
    }
}
