import Foundation
import Hummingbird

extension AccordServer {
    /// The API version prefix.
    public static let apiPrefix = "/api/v1"

    /// Every route of the application, behind the middleware chain (outermost first): security
    /// headers, request log, metrics, errors as JSON or pages, 405 for a method the path does not
    /// take, body limit. HEAD is answered on every GET route (headers only).
    public static func buildRouter(_ deps: AppDependencies) -> Router<AccordRequestContext> {
        let hummingbird = Router(context: AccordRequestContext.self, options: .autoGenerateHeadEndpoints)
        let table = RouteTable()
        let router = RecordingRouter(router: hummingbird, table: table)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: RequestLogMiddleware(.info))
        router.add(middleware: RequestMetricsMiddleware(registry: deps.metrics))
        router.add(middleware: ErrorMiddleware(logger: deps.logger, page: Pages.errorPage(deps)))
        router.add(middleware: MethodMiddleware(table: table))
        router.add(middleware: LanguageMiddleware())
        router.add(middleware: BodyLimitMiddleware(limit: deps.config.maxBodyBytes))

        router.get("/healthz", use: HealthController(deps: deps).show)
        router.get("/metrics", use: MetricsController(deps: deps).show)
        router.get("/openapi.json", use: OpenAPIController().show)

        let api = router.group(RouterPath(apiPrefix))
        InstrumentsController(deps: deps).addRoutes(to: api)
        PartnersController(deps: deps).addRoutes(to: api)
        AreasController(deps: deps).addRoutes(to: api)
        SearchController(deps: deps).addRoutes(to: api)
        StatsController(deps: deps).addRoutes(to: api)
        ArticlesController(deps: deps).addRoutes(to: api)
        AlertsController(deps: deps).addRoutes(to: api)
        FeedsController(deps: deps).addRoutes(to: router)

        Pages.addRoutes(to: router, deps: deps)
        return hummingbird
    }
}
