@testable import AccordWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// HEAD on every GET route, 405 with `Allow` for a method the path does not take, 404 for no path.
@Suite struct HTTPSurfaceTests {
    @Test func headAnswersEveryGetRouteWithHeadersOnly() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let id = try await fixture.anyInstrumentId()
        try await fixture.test { client in
            for uri in ["/", "/instruments", "/instruments/\(id)", "/partners", "/areas", "/search?q=MOU", "/healthz",
                        "/openapi.json", "/api/v1/instruments", "/api/v1/instruments/\(id)", "/export/instruments.csv"] {
                let get = try await client.execute(uri: uri, method: .get)
                let head = try await client.execute(uri: uri, method: .head)
                #expect(get.status == .ok, "\(uri)")
                #expect(head.status == .ok, "\(uri)")
                #expect(head.body.readableBytes == 0, "\(uri)")
                #expect(head.headers[.contentType] == get.headers[.contentType], "\(uri)")
            }
        }
    }

    @Test func aWrongMethodIs405WithAllow() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let id = try await fixture.anyInstrumentId()
        try await fixture.test { client in
            let deleteAPI = try await client.execute(uri: "/api/v1/instruments/\(id)", method: .delete)
            #expect(deleteAPI.status == .methodNotAllowed)
            #expect(deleteAPI.headers[.allow] == "GET, HEAD, PATCH")
            #expect(deleteAPI.error?["code"] as? String == "method_not_allowed")
            let getArticles = try await client.execute(uri: "/api/v1/articles", method: .get)
            #expect(getArticles.status == .methodNotAllowed)
            #expect(getArticles.headers[.allow]?.contains("POST") == true)
            let postPage = try await client.execute(uri: "/instruments", method: .post)
            #expect(postPage.status == .methodNotAllowed)
            #expect(postPage.headers[.allow] == "GET, HEAD")
            // A literal route wins over a parameter, as in the router: the sign-in page takes POST.
            let signIn = try await client.execute(uri: "/signin", method: .put)
            #expect(signIn.status == .methodNotAllowed)
            #expect(signIn.headers[.allow] == "GET, HEAD, POST")
            // No such path: still 404.
            #expect(try await client.execute(uri: "/no/such/path", method: .delete).status == .notFound)
            #expect(try await client.execute(uri: "/api/v1/nothing", method: .get).status == .notFound)
        }
    }

    @Test func theRouteTablePrefersLiteralSegments() {
        let table = RouteTable()
        table.add("/instruments/{id}", method: .get)
        table.add("/instruments/{id}", method: .patch)
        table.add("/instruments/export.csv", method: .post)
        table.add("/files/**", method: .get)
        #expect(table.allowedMethods(for: "/x") == nil)
        #expect(table.allowedMethods(for: "/instruments/12") == ["GET", "HEAD", "PATCH"])
        #expect(table.allowedMethods(for: "/instruments/export.csv") == ["POST"])
        #expect(table.allowedMethods(for: "/instruments/12/more") == nil)
        #expect(table.allowedMethods(for: "/files/a/b/c") == ["GET", "HEAD"])
    }
}

/// Sessions die at sign-out; clients that keep failing authentication are refused for a while.
@Suite struct AuthenticationLimitsTests {
    @Test func sessionsAreLiveOnlyUntilRevokedOrExpired() {
        let sessions = SessionProtection(apiToken: "token-0123456789abcdef", lifetime: 60)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let a = sessions.issue(now: now), b = sessions.issue(now: now)
        #expect(a != b)
        #expect(sessions.verify(a, now: now) && sessions.verify(b, now: now))
        #expect(!sessions.verify(a, now: now.addingTimeInterval(61)))
        sessions.revoke(a)
        #expect(!sessions.verify(a, now: now))
        #expect(sessions.verify(b, now: now))
        // Altered or foreign values are refused, and revoking them changes nothing.
        var tampered = Array(b)
        tampered[tampered.count - 1] = tampered.last == "0" ? "1" : "0"
        #expect(!sessions.verify(String(tampered), now: now))
        sessions.revoke(String(tampered))
        #expect(sessions.verify(b, now: now))
        let other = SessionProtection(apiToken: "token-0123456789abcdef", lifetime: 60)
        #expect(!other.verify(b, now: now))  // another process (or a restart) knows no session
        #expect(!sessions.verify(nil) && !sessions.verify("") && !sessions.verify("1.2.3"))
    }

    @Test func theLimiterRefusesAfterTheLimitUntilTheWindowPasses() throws {
        let limiter = AuthFailureLimiter(limit: 3, window: 60)
        let t0 = Date(timeIntervalSince1970: 1_800_000_000)
        for i in 0..<3 {
            try limiter.check("10.0.0.1", now: t0.addingTimeInterval(Double(i)))
            limiter.recordFailure("10.0.0.1", now: t0.addingTimeInterval(Double(i)))
        }
        do {
            try limiter.check("10.0.0.1", now: t0.addingTimeInterval(10))
            Issue.record("expected 429")
        } catch {
            #expect(error.status == .tooManyRequests)
            #expect(error.headers[.retryAfter] == "50")
        }
        try limiter.check("10.0.0.2", now: t0.addingTimeInterval(10))  // another client is not affected
        try limiter.check("10.0.0.1", now: t0.addingTimeInterval(61))  // the first failure left the window
    }

    @Test func bearerFailuresAreLimitedOverHTTP() async throws {
        let fixture = try await WebFixture(samples: false, authFailureLimit: 5)
        defer { fixture.remove() }
        try await fixture.test { client in
            let body = ByteBuffer(string: "{\"text\": \"x\"}")
            for _ in 0..<5 {
                let r = try await client.execute(uri: "/api/v1/articles", method: .post, headers: .bearer("wrong-token-0000000000", type: "application/json"), body: body)
                #expect(r.status == .unauthorized)
            }
            let limited = try await client.execute(uri: "/api/v1/articles", method: .post, headers: .bearer("wrong-token-0000000000", type: "application/json"), body: body)
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers[.retryAfter] != nil)
            #expect(limited.error?["code"] as? String == "too_many_failures")
            // Even the right token waits: a guess that lands during the lockout is never checked.
            let right = try await client.execute(uri: "/api/v1/articles", method: .post, headers: .bearer(type: "application/json"), body: body)
            #expect(right.status == .tooManyRequests)
            // Reads need no token and are not limited.
            #expect(try await client.execute(uri: "/api/v1/instruments", method: .get).status == .ok)
        }
    }
}

@Suite struct ConnectionLimitsConfigTests {
    @Test func idleTimeoutAndFailureLimitsAreSettings() throws {
        let config = try AppConfig.load(flags: .init(authFailureLimit: "3"), environment: ["ACCORD_IDLE_TIMEOUT": "45", "ACCORD_AUTH_FAILURE_LIMIT": "7", "ACCORD_AUTH_FAILURE_WINDOW": "120"])
        #expect(config.idleTimeout == 45 && config.authFailureLimit == 3 && config.authFailureWindow == 120)
        #expect(try AppConfig.load(environment: [:]).idleTimeout == 30)
        #expect(throws: AppConfigError.self) { try AppConfig.load(environment: ["ACCORD_IDLE_TIMEOUT": "0"]) }
        #expect(throws: AppConfigError.self) { try AppConfig.load(flags: .init(authFailureWindow: "x"), environment: [:]) }
    }
}

@Suite struct LanguageParameterTests {
    @Test func anUnknownLanguageIs400OnPagesFeedsAndExports() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            for uri in ["/?lang=AAA", "/instruments?lang=de", "/alerts?lang=", "/export/instruments.csv?lang=xx", "/feeds/alerts.atom?lang=fr"] {
                let r = try await client.execute(uri: uri, method: .get)
                #expect(r.status == .badRequest, "\(uri)")
            }
            for uri in ["/?lang=en", "/instruments?lang=th", "/feeds/alerts.atom?lang=en"] {
                #expect(try await client.execute(uri: uri, method: .get).status == .ok, "\(uri)")
            }
        }
    }
}

@Suite struct SecureCookieTests {
    @Test func cookiesAreSecureWhenConfigured() async throws {
        #expect(try AppConfig.load(environment: ["ACCORD_SECURE_COOKIES": "true"]).secureCookies)
        #expect(try !AppConfig.load(environment: [:]).secureCookies)
        #expect(throws: AppConfigError.self) { try AppConfig.load(environment: ["ACCORD_SECURE_COOKIES": "maybe"]) }
        for secure in [false, true] {
            let fixture = try await WebFixture(secureCookies: secure)
            defer { fixture.remove() }
            try await fixture.test { client in
                let page = try await client.execute(uri: "/signin?lang=en", method: .get)
                let setCookies = page.headers[values: .setCookie]
                #expect(setCookies.count == 2)  // the CSRF nonce and the language
                #expect(setCookies.allSatisfy { $0.contains("Secure") == secure }, "\(setCookies)")
            }
        }
    }
}
