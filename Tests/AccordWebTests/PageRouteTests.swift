import AccordCore
import AccordStore
import AccordWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The HTML routes: every page answers, forms need CSRF tokens and a session, strings are escaped.
@Suite struct PageRouteTests {
    /// Cookies set by a response, as `name=value` pairs for the next request.
    static func cookies(_ r: TestResponse) -> [String: String] {
        var out: [String: String] = [:]
        for field in r.headers where field.name == .setCookie {
            let pair = field.value.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            out[String(pair[0])] = pair.count > 1 ? String(pair[1]) : ""
        }
        return out
    }

    static func cookieHeader(_ c: [String: String]) -> String {
        c.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
    }

    /// The value of the hidden `csrf` field in a page.
    static func csrfField(_ html: String) -> String? {
        guard let r = html.range(of: "name=\"csrf\" value=\"") else { return nil }
        return String(html[r.upperBound...].prefix { $0 != "\"" })
    }

    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        let allowed = CharacterSet.alphanumerics.union(.init(charactersIn: "-._~"))
        return ByteBuffer(string: fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(separator: "&"))
    }

    @Test func everyPageAnswers200() async throws {
        let f = try await WebFixture()
        defer { f.remove() }
        let id = try await f.anyInstrumentId()
        let partner = try #require(try await f.deps.store.partners().first).code
        let area = try #require(try await f.deps.store.areas().first { $0.count > 0 }).area
        try await f.test { client in
            for uri in ["/", "/?lang=en", "/instruments", "/instruments?area=\(area.rawValue)&from=2020&to=2025", "/instruments/\(id)",
                        "/partners", "/partners/\(partner)", "/areas", "/areas/\(area.rawValue)", "/search", "/search?q=MOU", "/signin"] {
                let r = try await client.execute(uri: uri, method: .get)
                #expect(r.status == .ok, "\(uri)")
                #expect(r.headers[.contentType]?.hasPrefix("text/html") == true, "\(uri)")
                #expect(r.text.hasPrefix("<!DOCTYPE html>") || r.text.hasPrefix("<!doctype html>"), "\(uri)")
            }
            // Found articles show a passage with the query word marked.
            let found = try await client.execute(uri: "/search?q=%E0%B8%94%E0%B8%B4%E0%B8%88%E0%B8%B4%E0%B8%97%E0%B8%B1%E0%B8%A5", method: .get)  // ดิจิทัล
            #expect(found.text.contains("<p class=\"snippet\">"))
            #expect(found.text.contains("<mark>ดิจิทัล</mark>"))
            let css = try await client.execute(uri: "/static/accord.css", method: .get)
            #expect(css.status == .ok && css.headers[.contentType]?.hasPrefix("text/css") == true)
        }
    }

    @Test func pageErrorsAreHTMLWithStatus() async throws {
        let f = try await WebFixture()
        defer { f.remove() }
        try await f.test { client in
            for (uri, status) in [("/instruments/999999", HTTPResponse.Status.notFound), ("/partners/ZZ", .notFound), ("/areas/no-such-area", .notFound),
                                  ("/instruments?status=dormant", .badRequest), ("/instruments?offset=x", .badRequest), ("/nowhere", .notFound)] {
                let r = try await client.execute(uri: uri, method: .get)
                #expect(r.status == status, "\(uri)")
                #expect(r.headers[.contentType]?.hasPrefix("text/html") == true, "\(uri)")
            }
        }
    }

    @Test func exportsFollowTheListFilter() async throws {
        let f = try await WebFixture()
        defer { f.remove() }
        try await f.test { client in
            let csv = try await client.execute(uri: "/export/instruments.csv", method: .get)
            #expect(csv.status == .ok && csv.headers[.contentType]?.hasPrefix("text/csv") == true)
            let rows = csv.text.split(whereSeparator: \.isNewline).count
            let jp = try await client.execute(uri: "/export/instruments.csv?counterpart=JP", method: .get)
            #expect(jp.text.split(whereSeparator: \.isNewline).count < rows)
            let json = try await client.execute(uri: "/export/instruments.json", method: .get)
            #expect(json.status == .ok && (json.json as? [Any])?.isEmpty == false)
            let ics = try await client.execute(uri: "/export/instruments.ics", method: .get)
            #expect(ics.status == .ok && ics.text.contains("BEGIN:VCALENDAR"))
            let bad = try await client.execute(uri: "/export/instruments.csv?kind=nope", method: .get)
            #expect(bad.status == .badRequest)
        }
    }

    @Test func languageIsRememberedInACookie() async throws {
        let f = try await WebFixture()
        defer { f.remove() }
        try await f.test { client in
            let th = try await client.execute(uri: "/", method: .get)
            #expect(th.text.contains("lang=\"th\""))
            let en = try await client.execute(uri: "/?lang=en", method: .get)
            #expect(en.text.contains("lang=\"en\""))
            let remembered = Self.cookies(en)
            #expect(remembered["accord_lang"] == "en")
            let later = try await client.execute(uri: "/partners", method: .get, headers: [.cookie: Self.cookieHeader(remembered)])
            #expect(later.text.contains("lang=\"en\""))
        }
    }

    @Test func signInIngestAndSignOutWithCSRF() async throws {
        let f = try await WebFixture(samples: false)
        defer { f.remove() }
        let article = try SampleLoader.texts()[2].text
        try await f.test { client in
            // Not signed in: the ingest form sends you to sign in.
            let gate = try await client.execute(uri: "/ingest", method: .get)
            #expect(gate.status == .seeOther)
            #expect(gate.headers[.location]?.hasPrefix("/signin") == true)

            let page = try await client.execute(uri: "/signin", method: .get)
            var jar = Self.cookies(page)
            let csrf = try #require(Self.csrfField(page.text))
            #expect(jar["accord_csrf"] != nil)

            // No token, a forged token, or a token for another nonce: 403.
            let headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: Self.cookieHeader(jar)]
            let noToken = try await client.execute(uri: "/signin", method: .post, headers: headers, body: Self.form([("token", WebFixture.token)]))
            #expect(noToken.status == .forbidden)
            let forged = try await client.execute(uri: "/signin", method: .post, headers: headers, body: Self.form([("token", WebFixture.token), ("csrf", jar["accord_csrf"]! + ".00")]))
            #expect(forged.status == .forbidden)
            let otherCookie: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: "accord_csrf=" + String(repeating: "a", count: 32)]
            let mismatched = try await client.execute(uri: "/signin", method: .post, headers: otherCookie, body: Self.form([("token", WebFixture.token), ("csrf", csrf)]))
            #expect(mismatched.status == .forbidden)

            let wrong = try await client.execute(uri: "/signin", method: .post, headers: headers, body: Self.form([("token", "wrong-token-0000000000"), ("csrf", csrf)]))
            #expect(wrong.status == .unauthorized)

            let signedIn = try await client.execute(uri: "/signin", method: .post, headers: headers, body: Self.form([("token", WebFixture.token), ("csrf", csrf), ("next", "/ingest")]))
            #expect(signedIn.status == .seeOther)
            #expect(signedIn.headers[.location] == "/ingest")
            let setCookie = signedIn.headers[values: .setCookie].first { $0.hasPrefix("accord_session=") } ?? ""
            #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"))
            jar.merge(Self.cookies(signedIn)) { $1 }
            let session: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: Self.cookieHeader(jar)]

            // The anonymous dashboard is cached; a signed-in visitor still gets their own (with the sign-out form).
            let anonymousHome = try await client.execute(uri: "/", method: .get)
            #expect(!anonymousHome.text.contains("action=\"/signout\""))
            let home = try await client.execute(uri: "/", method: .get, headers: [.cookie: Self.cookieHeader(jar)])
            #expect(home.text.contains("action=\"/signout\""))
            #expect(home.text.contains(csrf))

            let form = try await client.execute(uri: "/ingest", method: .get, headers: [.cookie: Self.cookieHeader(jar)])
            #expect(form.status == .ok)
            #expect(form.text.contains("name=\"text\""))

            let noCSRF = try await client.execute(uri: "/ingest", method: .post, headers: session, body: Self.form([("text", article), ("action", "save")]))
            #expect(noCSRF.status == .forbidden)

            let preview = try await client.execute(uri: "/ingest", method: .post, headers: session, body: Self.form([("text", article), ("action", "preview"), ("csrf", csrf)]))
            #expect(preview.status == .ok)
            #expect(try await f.deps.store.instruments(InstrumentFilter(), page: PageRequest()).total == 0)

            let save = try await client.execute(uri: "/ingest", method: .post, headers: session, body: Self.form([("text", article), ("action", "save"), ("csrf", csrf)]))
            #expect(save.status == .ok)
            let stored = try await f.deps.store.instruments(InstrumentFilter(), page: PageRequest())
            #expect(stored.total > 0)

            // A correction from the instrument page.
            let id = try #require(stored.items.first).id
            let correct = try await client.execute(uri: "/instruments/\(id)/corrections", method: .post, headers: session,
                                                   body: Self.form([("field", "place"), ("value", "Bangkok"), ("csrf", csrf)]))
            #expect(correct.status == .seeOther)
            #expect(try await f.deps.store.corrections(instrument: id).last?.newValue == "Bangkok")

            let out = try await client.execute(uri: "/signout", method: .post, headers: session, body: Self.form([("csrf", csrf)]))
            #expect(out.status == .seeOther)
            #expect(Self.cookies(out)["accord_session"] == "")
            // The old cookie, replayed after sign-out, is no longer a session: the server revoked it.
            let replayed = try await client.execute(uri: "/ingest", method: .post, headers: session, body: Self.form([("text", article), ("action", "save"), ("csrf", csrf)]))
            #expect(replayed.status == .unauthorized)
            let replayedForm = try await client.execute(uri: "/ingest", method: .get, headers: [.cookie: Self.cookieHeader(jar)])
            #expect(replayedForm.status == .seeOther)

            // Without a session the same well-formed post is refused.
            let anonymous: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: "accord_csrf=\(jar["accord_csrf"]!)"]
            let refused = try await client.execute(uri: "/ingest", method: .post, headers: anonymous, body: Self.form([("text", article), ("action", "save"), ("csrf", csrf)]))
            #expect(refused.status == .unauthorized)
            let bigForm = try await client.execute(uri: "/ingest", method: .post, headers: session, body: Self.form([("text", String(repeating: "x", count: 2 << 20))]))
            #expect(bigForm.status == .contentTooLarge)
        }
    }

    @Test func reviewQueueListsLeastCertainFirstAndConfirmsWithAnAudit() async throws {
        let f = try await WebFixture()
        defer { f.remove() }
        try await f.test { client in
            let gate = try await client.execute(uri: "/review", method: .get)
            #expect(gate.status == .seeOther && gate.headers[.location]?.hasPrefix("/signin") == true)

            let page = try await client.execute(uri: "/signin", method: .get)
            var jar = Self.cookies(page)
            let csrf = try #require(Self.csrfField(page.text))
            let headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: Self.cookieHeader(jar)]
            let signedIn = try await client.execute(uri: "/signin", method: .post, headers: headers, body: Self.form([("token", WebFixture.token), ("csrf", csrf)]))
            jar.merge(Self.cookies(signedIn)) { $1 }
            let session: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: Self.cookieHeader(jar)]

            let queue = try await f.deps.store.reviewQueue(InstrumentFilter(), page: PageRequest())
            #expect(queue.total > 0)
            let scores = queue.items.map(\.confidence)
            #expect(scores == scores.sorted(), "least certain first")
            let first = try #require(queue.items.first)
            let review = try await client.execute(uri: "/review", method: .get, headers: [.cookie: Self.cookieHeader(jar)])
            #expect(review.status == .ok && review.text.contains("/instruments/\(first.id)/corrections"))

            // Confirming goes back to the queue, is audited, marks the record and takes it off the queue.
            let confirm = try await client.execute(uri: "/instruments/\(first.id)/corrections", method: .post, headers: session,
                                                   body: Self.form([("field", "confirmed"), ("value", "yes"), ("next", "/review"), ("csrf", csrf)]))
            #expect(confirm.status == .seeOther && confirm.headers[.location] == "/review")
            #expect(try await f.deps.store.corrections(instrument: first.id).last?.field == .confirmed)
            #expect(try await f.deps.store.instrument(first.id).summary.confirmed)
            let after = try await f.deps.store.reviewQueue(InstrumentFilter(), page: PageRequest())
            #expect(after.total == queue.total - 1 && !after.items.contains { $0.id == first.id })
            // Somewhere else is never a place to go back to.
            let away = try await client.execute(uri: "/instruments/\(first.id)/corrections", method: .post, headers: session,
                                                body: Self.form([("field", "confirmed"), ("value", ""), ("next", "//evil.example/x"), ("csrf", csrf)]))
            #expect(away.headers[.location] == "/instruments/\(first.id)")
            #expect(try await f.deps.store.instrument(first.id).summary.confirmed == false)
        }
    }

    /// A headline holding a script, ingested through the API, shows escaped on every page that lists it.
    @Test func articleStringsAreEscapedOnPages() async throws {
        let f = try await WebFixture(samples: false)
        defer { f.remove() }
        let sample = try SampleLoader.texts()[0].text
        let lines = sample.split(separator: "\n", omittingEmptySubsequences: false)
        let headline = "<script>alert(1)</script> " + lines[0]
        let hostile = ([headline] + lines.dropFirst().map(String.init)).joined(separator: "\n")
        try await f.test { client in
            // Rendered before the ingest, so the dashboard check below also proves the page cache is dropped by a write.
            let before = try await client.execute(uri: "/", method: .get)
            #expect(before.status == .ok && !before.text.contains("alert(1)"))
            let created = try await client.execute(uri: "/api/v1/articles", method: .post, headers: .bearer(type: "text/plain"), body: ByteBuffer(text: hostile))
            #expect(created.status == .created)
            let ids = try #require(((created.json as? [String: Any])?["outcome"] as? [String: Any])?["createdInstruments"] as? [Int])
            let id = try #require(ids.first)
            let title = try #require(((created.json as? [String: Any])?["extraction"] as? [String: Any]).flatMap { ($0["source"] as? [String: Any])?["title"] as? String })
            #expect(title.contains("<script>"))

            for uri in ["/instruments/\(id)", "/instruments", "/", "/search?q=alert", "/partners"] {
                let r = try await client.execute(uri: uri, method: .get)
                #expect(r.status == .ok, "\(uri)")
                #expect(!r.text.contains("<script>alert"), "\(uri) holds a raw script tag")
            }
            // The headline is shown (escaped) where articles are: the instrument's sources and the dashboard's latest.
            for uri in ["/instruments/\(id)", "/"] {
                let r = try await client.execute(uri: uri, method: .get)
                #expect(r.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(uri)")
            }
        }
    }
}
