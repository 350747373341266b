import AccordCore
import AccordStore
import AccordWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import Testing

/// The read routes of `/api/v1`, `/healthz`, `/metrics` and `/openapi.json`, over a real SQLite registry.
@Suite struct APIReadTests {
    @Test func instrumentListPagesAndFilters() async throws {
        let f = try await WebFixture()
        defer { f.remove() }
        try await f.test { client in
            let all = try await client.execute(uri: "/api/v1/instruments", method: .get)
            #expect(all.status == .ok)
            #expect(all.headers[.contentType]?.hasPrefix("application/json") == true)
            let page = try #require(all.json as? [String: Any])
            let total = try #require(page["total"] as? Int)
            #expect(total >= 5)
            #expect((page["items"] as? [Any])?.count == min(total, 50))

            let one = try await client.execute(uri: "/api/v1/instruments?limit=2&offset=1", method: .get)
            let onePage = try #require(one.json as? [String: Any])
            #expect((onePage["items"] as? [Any])?.count == 2)
            #expect(onePage["offset"] as? Int == 1)

            // Every returned item matches the filter; the filtered total is smaller than the whole.
            let jp = try await client.execute(uri: "/api/v1/instruments?counterpart=jp&fromYear=2020&toYear=2025&international=true", method: .get)
            #expect(jp.status == .ok)
            let jpItems = try #require((jp.json as? [String: Any])?["items"] as? [[String: Any]])
            #expect(!jpItems.isEmpty)
            for item in jpItems { #expect((item["counterparts"] as? [String])?.contains("JP") == true) }
            #expect(jpItems.count < total)
        }
    }

    @Test(arguments: [
        ("area=space-cowboys", "area"), ("instrument=treaty-of-sorts", "instrument"), ("status=dormant", "status"),
        ("event=party", "event"), ("fromYear=abc", "fromYear"), ("toYear=20000", "toYear"), ("international=maybe", "international"),
        ("limit=0", "limit"), ("offset=-1", "offset"), ("colour=red", "colour"), ("area=", "area"), ("limit=", "limit"),
        ("offset=10000001", "offset"),
    ])
    func badFilterValueIs400NamingTheField(query: String, field: String) async throws {
        let f = try await WebFixture(samples: false)
        defer { f.remove() }
        try await f.test { client in
            let r = try await client.execute(uri: "/api/v1/instruments?" + query, method: .get)
            #expect(r.status == .badRequest)
            #expect(r.error?["field"] as? String == field)
            #expect((r.error?["reason"] as? String)?.isEmpty == false)
        }
    }

    /// Values the document allows but nothing matches: an inverted year range, an agency the list does not know.
    @Test func emptyRangesAndUnknownAgenciesMatchNothing() async throws {
        let f = try await WebFixture()
        defer { f.remove() }
        try await f.test { client in
            for query in ["fromYear=2024&toYear=2020", "agency=Ministry%20of%20Nothing", "counterpart="] {
                let r = try await client.execute(uri: "/api/v1/instruments?" + query, method: .get)
                #expect(r.status == .ok, "\(query)")
                let total = (r.json as? [String: Any])?["total"] as? Int
                #expect(query == "counterpart=" ? total ?? 0 > 0 : total == 0, "\(query)")
            }
            // Text with no word to search for finds nothing rather than failing.
            let none = try await client.execute(uri: "/api/v1/search?q=-", method: .get)
            #expect(none.status == .ok)
            #expect(((none.json as? [String: Any])?["instruments"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func instrumentDetailCarriesPartiesTimelineAndEvidence() async throws {
        let f = try await WebFixture()
        defer { f.remove() }
        let id = try await f.anyInstrumentId()
        try await f.test { client in
            let r = try await client.execute(uri: "/api/v1/instruments/\(id)", method: .get)
            #expect(r.status == .ok)
            let record = try #require(r.json as? [String: Any])
            #expect((record["summary"] as? [String: Any])?["id"] as? Int == Int(id))
            #expect(count(record["parties"]) > 0)
            let timeline = try #require(record["timeline"] as? [[String: Any]])
            #expect(!timeline.isEmpty)
            #expect(timeline[0]["source"] is [String: Any])
            #expect(count(timeline[0]["evidence"]) > 0)
            #expect(record["signatories"] is [Any])
            #expect(record["scope"] is [Any])

            let missing = try await client.execute(uri: "/api/v1/instruments/999999", method: .get)
            #expect(missing.status == .notFound)
            #expect(missing.error?["code"] as? String == "not_found")
            let bad = try await client.execute(uri: "/api/v1/instruments/abc", method: .get)
            #expect(bad.status == .badRequest)
            #expect(bad.error?["field"] as? String == "id")
            let log = try await client.execute(uri: "/api/v1/instruments/\(id)/corrections", method: .get)
            #expect(log.status == .ok)
            #expect((log.json as? [Any])?.isEmpty == true)
            let noLog = try await client.execute(uri: "/api/v1/instruments/999999/corrections", method: .get)
            #expect(noLog.status == .notFound)
        }
    }

    @Test func partnersAreasStatsAndSearch() async throws {
        let f = try await WebFixture()
        defer { f.remove() }
        try await f.test { client in
            let partners = try await client.execute(uri: "/api/v1/partners", method: .get)
            #expect(partners.status == .ok)
            let list = try #require(partners.json as? [[String: Any]])
            let code = try #require(list.first?["code"] as? String)
            let one = try await client.execute(uri: "/api/v1/partners/\(code.lowercased())", method: .get)
            #expect(one.status == .ok)
            #expect((one.json as? [String: Any])?["code"] as? String == code)
            #expect(count((one.json as? [String: Any])?["instruments"]) > 0)
            let none = try await client.execute(uri: "/api/v1/partners/ZZ", method: .get)
            #expect(none.status == .notFound)

            let areas = try await client.execute(uri: "/api/v1/areas", method: .get)
            #expect(areas.status == .ok)
            #expect(((areas.json as? [Any]) ?? []).count == Area.allCases.count)

            let stats = try await client.execute(uri: "/api/v1/stats", method: .get)
            #expect(stats.status == .ok)
            #expect((stats.json as? [String: Any])?["instruments"] as? Int ?? 0 >= 5)
            #expect((stats.json as? [String: Any])?["articles"] as? Int == 5)

            let search = try await client.execute(uri: "/api/v1/search?q=%E0%B8%94%E0%B8%B4%E0%B8%88%E0%B8%B4%E0%B8%97%E0%B8%B1%E0%B8%A5", method: .get)  // ดิจิทัล
            #expect(search.status == .ok)
            #expect(count((search.json as? [String: Any])?["instruments"]) > 0)
            let firstArticle = ((search.json as? [String: Any])?["articles"] as? [[String: Any]])?.first
            #expect((firstArticle?["snippet"] as? String)?.contains("ดิจิทัล") == true)
            let noQuery = try await client.execute(uri: "/api/v1/search", method: .get)
            #expect(noQuery.status == .badRequest)
            #expect(noQuery.error?["field"] as? String == "q")
            let badFilter = try await client.execute(uri: "/api/v1/search?q=x&status=nope", method: .get)
            #expect(badFilter.status == .badRequest)
            #expect(badFilter.error?["field"] as? String == "status")
        }
    }

    @Test func healthMetricsAndUnknownRoutes() async throws {
        let f = try await WebFixture()
        defer { f.remove() }
        try await f.test { client in
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
            #expect((health.json as? [String: Any])?["status"] as? String == "ok")
            _ = try await client.execute(uri: "/api/v1/instruments/999999", method: .get)
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(metrics.status == .ok)
            // Requests are counted per route (its pattern, not the path), method and status.
            #expect(metrics.text.contains(#"accord_http_requests_total{route="/healthz",method="GET",status="200"} 1"#))
            #expect(metrics.text.contains(#"accord_http_requests_total{route="/api/v1/instruments/{id}",method="GET",status="404"} 1"#))
            #expect(metrics.text.contains(#"accord_http_request_duration_seconds_bucket{route="/healthz""#))
            #expect(metrics.headers[.contentType]?.hasPrefix("text/plain") == true)
            // The samples were ingested through the app, which counts them in its own registry.
            #expect(metrics.text.contains("accord_articles_ingested_total{disposition=\"new\"} 5"))
            let unknown = try await client.execute(uri: "/api/v1/nothing-here", method: .get)
            #expect(unknown.status == .notFound)
            #expect(unknown.error?["code"] as? String == "not_found")
        }
    }

    @Test func securityHeadersOnEveryResponse() async throws {
        let f = try await WebFixture()
        defer { f.remove() }
        try await f.test { client in
            for (uri, method) in [("/api/v1/instruments", HTTPRequest.Method.get), ("/api/v1/nothing", .get), ("/api/v1/articles", .post), ("/", .get), ("/missing-page", .get)] {
                let r = try await client.execute(uri: uri, method: method)
                let csp = r.headers[.contentSecurityPolicy] ?? ""
                #expect(csp.contains("default-src 'self'"), "\(uri)")
                #expect(csp.contains("frame-ancestors 'none'"), "\(uri)")
                #expect(r.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
                #expect(r.headers[HTTPField.Name("X-Frame-Options")!] == "DENY", "\(uri)")
                #expect(r.headers[HTTPField.Name("Referrer-Policy")!] != nil, "\(uri)")
            }
        }
    }
}
