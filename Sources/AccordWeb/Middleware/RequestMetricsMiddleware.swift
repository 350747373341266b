import Dispatch
import Hummingbird
import Prometheus
import Synchronization

/// Counts and times every request per route, method and status (errors are the 4xx and 5xx statuses) in the application's own Prometheus
/// registry (the one `/metrics` emits).
///
/// Hummingbird's `MetricsMiddleware` wraps each response body to time the write and keeps an
/// active-requests gauge; on the API detail route that halved the requests/s `scripts/bench-web.sh`
/// measures. This one records once, when the handler has produced the response, and looks its
/// collectors up in a small cache instead of the registry.
public struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let collectors: RequestCollectors

    /// Records into `registry`.
    public init(registry: PrometheusCollectorRegistry) {
        self.collectors = RequestCollectors(registry: registry)
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            let response = try await next(request, context)
            collectors.record(route: context.endpointPath ?? "unknown", method: request.method, status: response.status.code,
                              nanoseconds: DispatchTime.now().uptimeNanoseconds - start)
            return response
        } catch {
            // Errors the inner error middleware did not turn into a response.
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            collectors.record(route: context.endpointPath ?? "unknown", method: request.method, status: status,
                              nanoseconds: DispatchTime.now().uptimeNanoseconds - start)
            throw error
        }
    }
}

/// The collectors of each route, method and status seen so far.
final class RequestCollectors: Sendable {
    struct Key: Hashable {
        let route: String
        let method: HTTPRequest.Method
        let status: Int
    }
    struct Entry: Sendable {
        let requests: Counter
        let duration: DurationHistogram
    }

    // Descriptors are not Sendable, so they are built when a new route is first seen.
    static var requests: MetricNameDescriptor { MetricNameDescriptor(metricName: "accord_http_requests", unitName: "total", helpText: "HTTP requests answered, by route, method and status") }
    static var duration: MetricNameDescriptor { MetricNameDescriptor(metricName: "accord_http_request_duration", unitName: "seconds", helpText: "Time to produce the response, by route, method and status") }
    static let buckets: [Duration] = [.microseconds(250), .milliseconds(1), .milliseconds(5), .milliseconds(25), .milliseconds(100), .milliseconds(500), .seconds(2)]

    let registry: PrometheusCollectorRegistry
    let entries = Mutex<[Key: Entry]>([:])

    init(registry: PrometheusCollectorRegistry) { self.registry = registry }

    func record(route: String, method: HTTPRequest.Method, status: Int, nanoseconds: UInt64) {
        let key = Key(route: route, method: method, status: status)
        let entry = entries.withLock { table in
            if let found = table[key] { return found }
            let labels = [("route", route), ("method", method.rawValue), ("status", String(status))]
            let made = Entry(requests: registry.makeCounter(descriptor: Self.requests, labels: labels),
                             duration: registry.makeDurationHistogram(descriptor: Self.duration, labels: labels, buckets: Self.buckets))
            table[key] = made
            return made
        }
        entry.requests.increment()
        entry.duration.recordNanoseconds(Int64(clamping: nanoseconds))
    }
}
