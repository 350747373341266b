import AccordCore
import AccordStore
import Foundation
import Hummingbird

/// The pages that change something: ingest, corrections, sign-in and sign-out. Every POST checks
/// the CSRF token; ingest and corrections need a signed-in session.
struct EditPages {
    let deps: AppDependencies

    /// The session cookie: HttpOnly, SameSite=Strict, for the whole site; Secure when configured.
    func sessionCookie(_ value: String, maxAge: Int) -> Cookie {
        Cookie(name: SessionProtection.cookie, value: value, maxAge: maxAge, path: "/", secure: deps.config.secureCookies, httpOnly: true, sameSite: .strict)
    }

    /// 401 for a form post without a session.
    func requireSession(_ state: Pages.RequestState) throws {
        guard state.context.signedIn else {
            throw APIError(.unauthorized, code: "unauthorized", reason: "sign in first (" + Routes.signIn + ")")
        }
    }

    @Sendable func ingestForm(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let state = Pages.state(request, deps: deps)
        guard state.context.signedIn else { return Pages.redirect(Routes.signIn + "?next=" + Routes.ingest, cookies: state.cookies) }
        return Pages.html(Views.ingest(text: "", preview: nil, error: nil, context: state.context), state: state)
    }

    /// `action=preview` shows what would be extracted; `action=save` stores it and shows the outcome.
    @Sendable func ingest(_ request: Request, context: AccordRequestContext) async throws -> Response {
        var request = request
        let state = Pages.state(request, deps: deps)
        let form = try await Pages.form(&request, deps: deps)
        try requireSession(state)
        let text = form["text"] ?? ""
        guard !text.unicodeScalars.allSatisfy(\.properties.isWhitespace) else {
            let message = state.context.language == .th ? "กรุณาวางข้อความข่าว" : "Paste an article first."
            return Pages.html(Views.ingest(text: text, preview: nil, error: message, context: state.context), state: state, status: .badRequest)
        }
        switch form["action"] ?? "preview" {
        case "preview":
            let extraction = try deps.preview(text: text, path: nil)
            return Pages.html(Views.ingest(text: text, preview: extraction, error: nil, context: state.context), state: state)
        case "save":
            let result = try await deps.ingest(text: text, path: nil)
            return Pages.html(Views.ingest(text: text, preview: result.extraction, error: nil, outcome: result.outcome, context: state.context), state: state)
        case let other:
            throw APIError.invalid("action", "\"\(other)\" is neither preview nor save")
        }
    }

    /// The review queue: least certain unconfirmed records first (signed-in users).
    @Sendable func review(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let state = Pages.state(request, deps: deps)
        guard state.context.signedIn else { return Pages.redirect(Routes.signIn + "?next=" + Routes.review, cookies: state.cookies) }
        let filter = try Pages.filter(state.context)
        let page = try await deps.store.reviewQueue(filter, page: try Pages.page(state.context, pageSize: deps.config.pageSize))
        return Pages.html(Views.reviewQueue(page, filter: filter, context: state.context), state: state)
    }

    /// A hand correction from the instrument page or the review queue; back there afterwards (`next`, a local path).
    @Sendable func correct(_ request: Request, context: AccordRequestContext) async throws -> Response {
        var request = request
        let state = Pages.state(request, deps: deps)
        let form = try await Pages.form(&request, deps: deps)
        try requireSession(state)
        let id = try APIQuery.id(context)
        guard let field = form.nonEmpty("field") else { throw APIError.invalid("field", "choose a field to correct") }
        let value = form.nonEmpty("value")
        _ = try await deps.correct(instrument: id, field: field, value: value, actor: form.nonEmpty("actor") ?? "web")
        // Only a path of this site: never an absolute or protocol-relative URL.
        if let next = form.nonEmpty("next"), next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") {
            return Pages.redirect(next, cookies: state.cookies)
        }
        return Pages.redirect(state.context.href(Routes.instrument(id)), cookies: state.cookies)
    }

    @Sendable func signInForm(_ request: Request, context: AccordRequestContext) async throws -> Response {
        let state = Pages.state(request, deps: deps)
        return Pages.html(Views.signIn(error: nil, next: state.context.queryValue("next"), context: state.context), state: state)
    }

    /// Accepts the API token (field `token`, or `password` as the views' form names it) and sets the session cookie.
    @Sendable func signIn(_ request: Request, context: AccordRequestContext) async throws -> Response {
        var request = request
        var state = Pages.state(request, deps: deps)
        let form = try await Pages.form(&request, deps: deps)
        try deps.authFailures.check(context.clientKey)
        let given = form.nonEmpty("token") ?? form.nonEmpty("password") ?? ""
        guard Signer.constantTimeEqual(given, deps.token) else {
            deps.authFailures.recordFailure(context.clientKey)
            deps.logger.warning("sign-in refused", metadata: ["client": "\(context.clientKey)"])
            let message = state.context.language == .th ? "โทเค็นไม่ถูกต้อง" : "That token is not accepted."
            return Pages.html(Views.signIn(error: message, next: form["next"], context: state.context), state: state, status: .unauthorized)
        }
        state.cookies.append(sessionCookie(deps.sessions.issue(), maxAge: deps.sessions.lifetime))
        let next = form["next"].flatMap { $0.hasPrefix("/") && !$0.hasPrefix("//") && !$0.contains("\\") ? $0 : nil } ?? Routes.dashboard
        return Pages.redirect(next, cookies: state.cookies)
    }

    @Sendable func signOut(_ request: Request, context: AccordRequestContext) async throws -> Response {
        var request = request
        var state = Pages.state(request, deps: deps)
        _ = try await Pages.form(&request, deps: deps)
        deps.sessions.revoke(request.cookies[SessionProtection.cookie]?.value)
        state.cookies.append(sessionCookie("", maxAge: 0))
        return Pages.redirect(Routes.dashboard, cookies: state.cookies)
    }
}
