import AccordCore
import AccordStore
import Foundation
import Hummingbird
import ThaiText

/// The HTML interface: wires requests to the `Views` renderers (branch views) and handles forms,
/// sessions, CSRF and the language cookie.
enum Pages {
    /// The cookie remembering `?lang=`.
    static let languageCookie = "accord_lang"

    static func addRoutes(to router: some RouterMethods<AccordRequestContext>, deps: AppDependencies) {
        let browse = BrowsePages(deps: deps)
        router.get(RouterPath(Routes.dashboard), use: browse.dashboard)
        router.get(RouterPath(Routes.instruments), use: browse.instruments)
        router.get("/instruments/:id", use: browse.instrument)
        router.get(RouterPath(Routes.partners), use: browse.partners)
        router.get("/partners/:code", use: browse.partner)
        router.get(RouterPath(Routes.areas), use: browse.areas)
        router.get("/areas/:code", use: browse.area)
        router.get(RouterPath(Routes.search), use: browse.search)
        router.get(RouterPath(Routes.alerts), use: AlertsPage(deps: deps).list)
        router.post(RouterPath(Routes.acknowledgeAlert), use: AlertsPage(deps: deps).acknowledge)
        router.get(RouterPath(Routes.stylesheet), use: browse.stylesheet)

        let exports = ExportPages(deps: deps)
        router.get(RouterPath(Routes.exportCSV), use: exports.csv)
        router.get(RouterPath(Routes.exportJSON), use: exports.json)
        router.get(RouterPath(Routes.exportICalendar), use: exports.iCalendar)

        let edit = EditPages(deps: deps)
        router.get(RouterPath(Routes.ingest), use: edit.ingestForm)
        router.post(RouterPath(Routes.ingest), use: edit.ingest)
        router.post("/instruments/:id/corrections", use: edit.correct)
        router.get(RouterPath(Routes.review), use: edit.review)
        router.get(RouterPath(Routes.signIn), use: edit.signInForm)
        router.post(RouterPath(Routes.signIn), use: edit.signIn)
        router.post(RouterPath(Routes.signOut), use: edit.signOut)
    }

    /// What a page needs to know about the request, plus the cookies to set with the answer.
    struct RequestState {
        var context: PageContext
        var cookies: [Cookie]
        var form: FormFields?
    }

    /// Language (query, else cookie, else Thai), CSRF token (cookie nonce, made when missing),
    /// signed-in state and today.
    static func state(_ request: Request, deps: AppDependencies) -> RequestState {
        let query = QueryItem.parse(request.uri.query ?? "")
        var cookies: [Cookie] = []
        let language: Language
        if let lang = query.last(where: { $0.name == "lang" })?.value.lowercased(), lang == "en" || lang == "th" {
            language = lang == "en" ? .en : .th
            if request.cookies[languageCookie]?.value != lang {
                cookies.append(Cookie(name: languageCookie, value: lang, maxAge: 365 * 86_400, path: "/", secure: deps.config.secureCookies, httpOnly: true, sameSite: .lax))
            }
        } else {
            language = request.cookies[languageCookie]?.value == "en" ? .en : .th
        }
        let nonce: String
        if let existing = request.cookies[CSRFProtection.cookie]?.value, existing.count == 32, existing.allSatisfy(\.isHexDigit) {
            nonce = existing
        } else {
            nonce = Signer.nonce()
            cookies.append(Cookie(name: CSRFProtection.cookie, value: nonce, path: "/", secure: deps.config.secureCookies, httpOnly: true, sameSite: .strict))
        }
        let signedIn = deps.sessions.verify(request.cookies[SessionProtection.cookie]?.value)
        // Views keep `lang=en` in their links; the cookie covers links typed or bookmarked without it.
        var contextQuery = query.filter { $0.name != "lang" }
        if language == .en { contextQuery.append(QueryItem("lang", "en")) }
        let context = PageContext(language: language, path: request.uri.path, query: contextQuery,
                                  csrf: deps.csrf.token(nonce: nonce), signedIn: signedIn, today: deps.clock.today)
        return RequestState(context: context, cookies: cookies)
    }

    /// An HTML answer carrying the state's cookies.
    static func html(_ body: String, state: RequestState, status: HTTPResponse.Status = .ok) -> Response {
        var response = Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: body)))
        for c in state.cookies { response.setCookie(c) }
        return response
    }

    /// A 303 to a local path (Post/Redirect/Get), carrying cookies.
    static func redirect(_ location: String, cookies: [Cookie] = []) -> Response {
        var response = Response(status: .seeOther, headers: [.location: location])
        for c in cookies { response.setCookie(c) }
        return response
    }

    /// The error renderer for `ErrorMiddleware`.
    static func errorPage(_ deps: AppDependencies) -> ErrorMiddleware<AccordRequestContext>.PageRenderer {
        { request, error in
            let state = state(request, deps: deps)
            return html(Views.error(status: Int(error.status.code), message: error.reason, context: state.context), state: state, status: error.status)
        }
    }

    /// Reads an urlencoded form body (415 for another type, 413 when too large) and checks its CSRF token (403).
    static func form(_ request: inout Request, deps: AppDependencies) async throws -> FormFields {
        guard request.mediaType == "application/x-www-form-urlencoded" else {
            throw APIError.unsupportedMediaType(request.mediaType, accepted: ["application/x-www-form-urlencoded"])
        }
        let body = try await request.collectBody(limit: deps.config.maxBodyBytes)
        let form = FormFields(String(decoding: body.readableBytesView, as: UTF8.self))
        guard deps.csrf.verify(token: form[CSRFProtection.field], cookieNonce: request.cookies[CSRFProtection.cookie]?.value) else {
            throw APIError.csrf
        }
        return form
    }

    /// The filter in a page's query (the views' parameter names), 400 naming a bad parameter.
    static func filter(_ context: PageContext) throws -> InstrumentFilter {
        do {
            return try InstrumentFilter(queryItems: context.query)
        } catch {
            switch error {
            case .invalid(let parameter, _): throw APIError.invalid(parameter, error.description)
            }
        }
    }

    /// `offset` and `limit` of a list page.
    static func page(_ context: PageContext, pageSize: Int) throws -> PageRequest {
        func int(_ name: String, _ range: ClosedRange<Int>) throws -> Int? {
            guard let raw = context.queryValue(name), !raw.isEmpty else { return nil }
            guard let n = Int(raw), range.contains(n) else { throw APIError.invalid(name, "\"\(raw)\" is not an integer in \(range.lowerBound)...\(range.upperBound)") }
            return n
        }
        return PageRequest(offset: try int("offset", 0...10_000_000) ?? 0, limit: try int("limit", 1...500) ?? pageSize)
    }
}
