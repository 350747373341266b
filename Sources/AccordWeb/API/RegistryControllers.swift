import AccordCore
import AccordStore
import Foundation
import Hummingbird

/// `/api/v1/partners`: counterparts with counts, one counterpart's instruments and areas.
struct PartnersController {
    let deps: AppDependencies

    func addRoutes(to group: RouterGroup<AccordRequestContext>) {
        group.get("partners", use: list)
        group.get("partners/:code", use: show)
    }

    @Sendable func list(_ request: Request, context: AccordRequestContext) async throws -> Response {
        try APIQuery.rejectUnknown(FormFields(request.uri.query), allowed: [])
        return try JSONBody.response(try await deps.partners())
    }

    @Sendable func show(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let code = context.parameters.get("code") ?? ""
        guard !code.isEmpty, code.count <= 64 else { throw APIError.invalid("code", "expected a counterpart code such as JP or ASEAN") }
        return try JSONBody.response(try await deps.store.partner(code.uppercased()))
    }
}

/// `/api/v1/areas`: every area with its instrument count.
struct AreasController {
    let deps: AppDependencies

    func addRoutes(to group: RouterGroup<AccordRequestContext>) {
        group.get("areas", use: list)
    }

    @Sendable func list(_ request: Request, context: AccordRequestContext) async throws -> Response {
        try APIQuery.rejectUnknown(FormFields(request.uri.query), allowed: [])
        return try JSONBody.response(try await deps.areas())
    }
}

/// `/api/v1/search?q=`: instruments and articles, best first, with the list filters.
struct SearchController {
    let deps: AppDependencies

    func addRoutes(to group: RouterGroup<AccordRequestContext>) {
        group.get("search", use: search)
    }

    @Sendable func search(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let q = FormFields(request.uri.query)
        try APIQuery.rejectUnknown(q, allowed: ["q", "limit"] + APIQuery.filterNames)
        guard let text = q.nonEmpty("q") else { throw APIError.invalid("q", "missing search text (?q=...)") }
        guard text.count <= 500 else { throw APIError.invalid("q", "search text longer than 500 characters") }
        let limit = try APIQuery.integer(q, "limit", 1...500) ?? deps.config.pageSize
        let filter = try APIQuery.filter(q)
        do {
            return try JSONBody.response(try await deps.store.search(text, filter: filter, limit: limit))
        } catch RegistryError.emptyQuery {
            // Text with no word to search for ("00", "-") finds nothing rather than failing.
            return try JSONBody.response(SearchResults(query: text, instruments: [], articles: []))
        }
    }
}

/// `/api/v1/stats`: dashboard totals and breakdowns.
struct StatsController {
    let deps: AppDependencies

    func addRoutes(to group: RouterGroup<AccordRequestContext>) {
        group.get("stats", use: show)
    }

    @Sendable func show(_ request: Request, context: AccordRequestContext) async throws -> Response {
        try APIQuery.rejectUnknown(FormFields(request.uri.query), allowed: [])
        return try JSONBody.response(try await deps.stats())
    }
}

/// `POST /api/v1/articles`: ingests one article (token required).
struct ArticlesController {
    let deps: AppDependencies

    func addRoutes(to group: RouterGroup<AccordRequestContext>) {
        group.post("articles", use: create)
    }

    /// The JSON form of the body.
    struct Body: Decodable {
        var text: String
        var path: String?
    }

    /// Reads `text/plain` (the article itself) or JSON `{"text": "...", "path": "..."}`; answers the
    /// extraction and what storing it did (201 when new or revised, 200 for a duplicate).
    @Sendable func create(_ request: Request, context: AccordRequestContext) async throws -> Response {
        try deps.requireToken(request, client: context.clientKey)
        var request = request
        let accepted = ["text/plain", "application/json"]
        guard let type = request.mediaType, accepted.contains(type) else {
            throw APIError.unsupportedMediaType(request.mediaType, accepted: accepted)
        }
        let bytes = try await request.collectBody(limit: deps.config.maxBodyBytes)
        let data = Data(bytes.readableBytesView)
        let text: String, path: String?
        if type == "application/json" {
            let body: Body
            do {
                body = try JSONDecoder().decode(Body.self, from: data)
            } catch {
                throw APIError.invalid("body", "expected JSON {\"text\": \"...\", \"path\": optional}: \(JSONProblem.describe(error))")
            }
            text = body.text
            path = body.path
        } else {
            guard let t = String(data: data, encoding: .utf8) else { throw APIError.invalid("body", "not UTF-8 text") }
            text = t
            path = nil
        }
        if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) { throw APIError.invalid("text", "empty article") }
        let result = try await deps.ingest(text: text, path: path)
        return try JSONBody.response(result, status: result.outcome.disposition == .duplicate ? .ok : .created)
    }
}

/// `/healthz`: the registry answers a query.
struct HealthController {
    let deps: AppDependencies

    @Sendable func show(_ request: Request, context: AccordRequestContext) async throws -> Response {
        do {
            _ = try await deps.store.instruments(InstrumentFilter(), page: PageRequest(offset: 0, limit: 1))
            return try JSONBody.response(["status": "ok"])
        } catch {
            deps.logger.error("health check failed", metadata: ["error": "\(error)"])
            return try JSONBody.response(["status": "unavailable"], status: .serviceUnavailable)
        }
    }
}

/// `/metrics`: Prometheus text exposition of the process's metrics.
struct MetricsController {
    let deps: AppDependencies

    @Sendable func show(_ request: Request, context: AccordRequestContext) async throws -> Response {
        var out: [UInt8] = []
        deps.metrics.emit(into: &out)
        return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: out)))
    }
}
