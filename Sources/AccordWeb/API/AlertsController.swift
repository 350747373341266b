import AccordCore
import AccordStore
import Foundation
import Hummingbird
import ThaiText

/// `/api/v1/alerts`: what needs attention, newest due first, with the list's filters.
struct AlertsController {
    let deps: AppDependencies

    /// The alert parameters beside the list filters.
    static let names = ["kind", "since", "acknowledged"]

    func addRoutes(to group: RouterGroup<AccordRequestContext>) {
        group.get("alerts", use: list)
    }

    /// The page of alerts and the settings they were computed with.
    struct Body: Encodable {
        var today: CalendarDate
        var thresholds: AlertThresholds
        var total: Int
        var offset: Int
        var limit: Int
        var items: [InstrumentAlert]
    }

    @Sendable func list(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let q = FormFields(request.uri.query)
        try APIQuery.rejectUnknown(q, allowed: APIQuery.filterNames + Self.names + ["offset", "limit"])
        let (filter, kind, since) = try Self.parameters(q)
        let page = try APIQuery.page(q, pageSize: deps.config.pageSize)
        let alerts = try await deps.alerts(filter, kind: kind, since: since, acknowledged: try APIQuery.code(q, "acknowledged", AcknowledgedAlerts.self) ?? .hide)
        let items = Array(alerts.dropFirst(page.offset).prefix(page.limit))
        return try JSONBody.response(Body(today: deps.clock.today, thresholds: deps.config.alertThresholds, total: alerts.count,
                                          offset: page.offset, limit: page.limit, items: items))
    }

    /// The list filter, the alert kind and `since` (YYYY-MM-DD) of a query.
    static func parameters(_ q: FormFields) throws -> (InstrumentFilter, AlertKind?, CalendarDate?) {
        let filter = try APIQuery.filter(q)
        let kind = try APIQuery.code(q, "kind", AlertKind.self)
        var since: CalendarDate?
        if let raw = q.pairs.last(where: { $0.name == "since" })?.value {
            guard let d = CalendarDate(iso: raw) else { throw APIError.invalid("since", "\"\(raw.prefix(40))\" is not a date YYYY-MM-DD") }
            since = d
        }
        return (filter, kind, since)
    }
}
