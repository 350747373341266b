import AccordCore
import AccordStore
import Foundation
import Hummingbird
import ThaiText

/// Subscriptions with the list's filters (`country` or `counterpart`, `area`, `kind`, `agency` ...,
/// `lang`): Atom feeds of records and alerts, and an iCalendar of term ends and planned signings.
struct FeedsController {
    let deps: AppDependencies
    /// Entries per feed: the newest; a reader polls, it does not page.
    static let entries = 100

    func addRoutes(to router: some RouterMethods<AccordRequestContext>) {
        router.get(RouterPath(Routes.instrumentsFeed), use: instruments)
        router.get(RouterPath(Routes.alertsFeed), use: alerts)
        router.get(RouterPath(Routes.deadlinesCalendar), use: deadlines)
    }

    /// `http://host` of the request (its Host), for the absolute links a feed needs; a host with
    /// characters a host cannot have is replaced by localhost.
    static func base(_ request: Request) -> String {
        let host = request.head.authority ?? "localhost"
        let ok = !host.isEmpty && host.count <= 255 && host.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || ".-:[]".unicodeScalars.contains($0)) }
        return "http://" + (ok ? host : "localhost")
    }

    func header(_ request: Request, _ context: PageContext, path: String, title: String) -> Feeds.Header {
        let base = Self.base(request)
        let query = request.uri.query.map { "?" + $0 } ?? ""
        return Feeds.Header(id: "tag:accord,2026:" + path + query, title: title, selfURL: base + path + query,
                            pageURL: base + (path == Routes.alertsFeed ? Routes.alerts : Routes.instruments) + query,
                            updated: Date(), language: context.language)
    }

    static func atom(_ body: String) -> Response {
        Response(status: .ok, headers: [.contentType: "application/atom+xml; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    @Sendable func instruments(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let state = Pages.state(request, deps: deps)
        let filter = try Pages.filter(state.context)
        let page = try await deps.store.instruments(filter, page: PageRequest(offset: 0, limit: Self.entries))
        let title = state.context.language == .th ? "Accord: ความตกลงความร่วมมือ ใหม่และที่เปลี่ยนแปลง" : "Accord: new and changed cooperation instruments"
        return Self.atom(Feeds.instruments(page.items, header: header(request, state.context, path: Routes.instrumentsFeed, title: title), base: Self.base(request)))
    }

    @Sendable func alerts(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let state = Pages.state(request, deps: deps)
        let (filter, kind, acknowledged) = try AlertsPage.parameters(state.context)
        let alerts = try await deps.alerts(filter, kind: kind, acknowledged: acknowledged).prefix(Self.entries)
        let title = state.context.language == .th ? "Accord: เรื่องที่ต้องติดตาม" : "Accord: alerts"
        return Self.atom(Feeds.alerts(Array(alerts), header: header(request, state.context, path: Routes.alertsFeed, title: title), base: Self.base(request)))
    }

    @Sendable func deadlines(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let state = Pages.state(request, deps: deps)
        let records = try await deps.store.export(try Pages.filter(state.context))
        return Response(status: .ok, headers: [.contentType: "text/calendar; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: Exports.iCalendar(records, stamp: Date(), language: state.context.language, deadlinesOnly: true))))
    }
}

/// `/alerts`: the alerts page.
struct AlertsPage {
    let deps: AppDependencies

    /// The list filter, the alert kind (`alert`) and which acknowledged alerts to list (`acknowledged`)
    /// of a page query.
    static func parameters(_ context: PageContext) throws -> (InstrumentFilter, AlertKind?, AcknowledgedAlerts) {
        let filter = try Pages.filter(context)
        func code<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) throws -> T? where T.RawValue == String {
            guard let raw = context.queryValue(name), !raw.isEmpty else { return nil }
            guard let v = T(rawValue: raw) else {
                throw APIError.invalid(name, "unknown value \"\(raw)\" (allowed: \(T.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return v
        }
        return (filter, try code("alert", AlertKind.self), try code("acknowledged", AcknowledgedAlerts.self) ?? .hide)
    }

    /// POST `alert`, `csrf`, `next`: a signed-in user acknowledges an alert (audited); back to the list.
    @Sendable func acknowledge(_ request: Request, context: AccordRequestContext) async throws -> Response {
        var request = request
        let state = Pages.state(request, deps: deps)
        let form = try await Pages.form(&request, deps: deps)
        guard state.context.signedIn else { throw APIError.unauthorized("sign in to acknowledge alerts") }
        guard let id = form.nonEmpty("alert") else { throw APIError.invalid("alert", "which alert: its id") }
        _ = try await deps.acknowledge(alert: id, actor: form.nonEmpty("actor") ?? "web")
        if let next = form.nonEmpty("next"), next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") {
            return Pages.redirect(next, cookies: state.cookies)
        }
        return Pages.redirect(state.context.href(Routes.alerts), cookies: state.cookies)
    }

    @Sendable func list(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let state = Pages.state(request, deps: deps)
        let (filter, kind, acknowledged) = try Self.parameters(state.context)
        let paging = try Pages.page(state.context, pageSize: deps.config.pageSize)
        let alerts = try await deps.alerts(filter, kind: kind, acknowledged: acknowledged)
        let page = Page(items: Array(alerts.dropFirst(paging.offset).prefix(paging.limit)), total: alerts.count, offset: paging.offset, limit: paging.limit)
        return Pages.html(Views.alerts(page, filter: filter, kind: kind, acknowledged: acknowledged, thresholds: deps.config.alertThresholds,
                                       context: state.context), state: state)
    }
}
