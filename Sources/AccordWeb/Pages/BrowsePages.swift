import AccordCore
import AccordStore
import Foundation
import Hummingbird

/// The read-only pages: dashboard, lists, details, search, and the stylesheet.
struct BrowsePages {
    let deps: AppDependencies

    @Sendable func dashboard(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let state = Pages.state(request, deps: deps)
        // The anonymous dashboard is the same for everyone until the next write: render it once
        // (rendering the charts over the whole corpus costs far more than the cached stats).
        let anonymous = !state.context.signedIn && state.context.query.allSatisfy { $0.name == "lang" }
        let key = "/:" + (state.context.language == .en ? "en" : "th")
        let render = {
            var model = DashboardModel(stats: try await deps.stats(), today: state.context.today)
            for a in try await deps.alerts() { model.alertCounts[a.kind, default: 0] += 1 }
            let html = Views.dashboard(model, context: state.context)
            // A page that embeds this visitor's form token must never be served to another.
            return (bytes: Array(html.utf8), cacheable: anonymous && !html.contains(state.context.csrf ?? "\u{0}"))
        }
        let buffer = anonymous ? try await deps.cache.page(key, today: state.context.today, render) : ByteBuffer(bytes: try await render().bytes)
        var response = Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: buffer))
        for c in state.cookies { response.setCookie(c) }
        return response
    }

    @Sendable func instruments(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let state = Pages.state(request, deps: deps)
        let filter = try Pages.filter(state.context)
        let page = try await deps.store.instruments(filter, page: try Pages.page(state.context, pageSize: deps.config.pageSize))
        return Pages.html(Views.instrumentList(page, filter: filter, context: state.context), state: state)
    }

    @Sendable func instrument(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let state = Pages.state(request, deps: deps)
        let id = try APIQuery.id(context)
        let record = try await deps.store.instrument(id)
        var sources: [ArticleRecord] = []
        for articleId in record.sourceArticleIds {
            // A source that vanished between the two reads is listed without its text by the view.
            if let article = try? await deps.store.article(articleId) { sources.append(article) }
        }
        let corrections = try await deps.store.corrections(instrument: id)
        let links = try await deps.store.links(instrument: id)
        return Pages.html(Views.instrument(record, sources: sources, corrections: corrections, links: links, context: state.context), state: state)
    }

    @Sendable func partners(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let state = Pages.state(request, deps: deps)
        return Pages.html(Views.partnerList(try await deps.partners(), context: state.context), state: state)
    }

    @Sendable func partner(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let state = Pages.state(request, deps: deps)
        let code = context.parameters.get("code") ?? ""
        let detail = try await deps.store.partner(code.removingPercentEncoding?.uppercased() ?? code.uppercased())
        return Pages.html(Views.partner(detail, context: state.context), state: state)
    }

    @Sendable func areas(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let state = Pages.state(request, deps: deps)
        return Pages.html(Views.areaList(try await deps.areas(), context: state.context), state: state)
    }

    @Sendable func area(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let state = Pages.state(request, deps: deps)
        let code = context.parameters.get("code") ?? ""
        guard let area = Area(rawValue: code) else {
            throw APIError(.notFound, code: "not_found", field: "code", reason: "no area with code \(code)")
        }
        var filter = try Pages.filter(state.context)
        filter.area = area
        let page = try await deps.store.instruments(filter, page: try Pages.page(state.context, pageSize: deps.config.pageSize))
        return Pages.html(Views.area(area, instruments: page, context: state.context), state: state)
    }

    @Sendable func search(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let state = Pages.state(request, deps: deps)
        let filter = try Pages.filter(state.context)
        let text = state.context.queryValue("q")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !text.isEmpty else {
            return Pages.html(Views.search(query: "", results: nil, filter: filter, context: state.context), state: state)
        }
        guard text.count <= 500 else { throw APIError.invalid("q", "search text longer than 500 characters") }
        do {
            let results = try await deps.store.search(text, filter: filter, limit: deps.config.pageSize)
            return Pages.html(Views.search(query: text, results: results, filter: filter, context: state.context), state: state)
        } catch let error as RegistryError {
            guard case .emptyQuery = error else { throw error }
            return Pages.html(Views.search(query: text, results: nil, filter: filter, error: error.description, context: state.context), state: state)
        }
    }

    @Sendable func stylesheet(_ request: Request, context: AccordRequestContext) async throws -> Response {
        Response(status: .ok, headers: [.contentType: Stylesheet.contentType, .cacheControl: "public, max-age=3600"],
                 body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css)))
    }
}

/// Exports of the instruments matching a list page's filter: `/export/instruments.csv|json|ics`.
struct ExportPages {
    let deps: AppDependencies

    func matching(_ request: Request) async throws -> (PageContext, [InstrumentRecord]) {
        let state = Pages.state(request, deps: deps)
        return (state.context, try await deps.store.export(try Pages.filter(state.context)))
    }

    func file(_ body: String, type: String, name: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
                 body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    @Sendable func csv(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let (_, records) = try await matching(request)
        return file(Exports.csv(records), type: "text/csv; charset=utf-8", name: "accord-instruments.csv")
    }

    @Sendable func json(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let (_, records) = try await matching(request)
        return file(try Exports.json(records), type: "application/json; charset=utf-8", name: "accord-instruments.json")
    }

    @Sendable func iCalendar(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let (page, records) = try await matching(request)
        return file(Exports.iCalendar(records, stamp: Date(), language: page.language), type: "text/calendar; charset=utf-8", name: "accord-instruments.ics")
    }
}
