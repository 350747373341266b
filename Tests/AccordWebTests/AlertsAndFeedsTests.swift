import AccordCore
import AccordStore
@testable import AccordWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThaiText

/// A Python with feedparser and icalendar (Debian's python3-feedparser and python3-icalendar, which
/// `.ci/run` installs), to read the feeds with real parsers rather than string comparison.
enum FeedParsers {
    static let python: String? = {
        let candidates = [ProcessInfo.processInfo.environment["ACCORD_PYTHON"], "/usr/bin/python3", "/usr/local/bin/python3"].compactMap { $0 }
        return candidates.first { run($0, ["-c", "import feedparser, icalendar"], input: Data()).status == 0 }
    }()

    static var available: Bool { python != nil }

    static func run(_ executable: String, _ arguments: [String], input: Data) -> (status: Int32, output: String) {
        guard FileManager.default.isExecutableFile(atPath: executable) else { return (127, "") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        let stdin = Pipe(), stdout = Pipe()
        p.standardInput = stdin
        p.standardOutput = stdout
        p.standardError = stdout
        do { try p.run() } catch { return (127, "\(error)") }
        stdin.fileHandleForWriting.write(input)
        try? stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self))
    }

    /// feedparser's reading of an Atom document: JSON with `bozo` (0: well-formed, no warnings), the
    /// feed's id and title, and each entry's id, title, link and updated.
    static func atom(_ body: Data) throws -> [String: Any] {
        let script = """
        import sys, json, feedparser
        d = feedparser.parse(sys.stdin.buffer.read())
        print(json.dumps({"bozo": int(d.bozo), "exception": str(d.get("bozo_exception", "")), "version": d.version,
          "id": d.feed.get("id"), "title": d.feed.get("title"),
          "entries": [{"id": e.get("id"), "title": e.get("title"), "link": e.get("link"), "updated": e.get("updated")} for e in d.entries]}))
        """
        let r = run(python!, ["-c", script], input: body)
        return try #require(try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [String: Any], "feedparser: \(r.output)")
    }

    /// icalendar's strict reading: each VEVENT's UID, DTSTART and SUMMARY.
    static func calendar(_ body: Data) throws -> [[String: String]] {
        let script = """
        import sys, json, icalendar
        cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
        print(json.dumps([{"uid": str(c.get("uid")), "start": c.decoded("dtstart").isoformat(), "summary": str(c.get("summary")),
          "categories": c.get("categories").to_ical().decode() if c.get("categories") else ""} for c in cal.walk("VEVENT")]))
        """
        let r = run(python!, ["-c", script], input: body)
        return try #require(try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [[String: String]], "icalendar: \(r.output)")
    }
}

/// Alerts on the sample registry (clock fixed on 2025-06-01): the API, the page, the dashboard, the
/// Atom feed and the calendar agree.
@Suite struct AlertsAndFeedsTests {
    static func json(_ r: TestResponse) -> [String: Any] { (r.json as? [String: Any]) ?? [:] }

    @Test func theAPIListsAlertsWithReasonsAndEvidence() async throws {
        let f = try await WebFixture()
        defer { f.remove() }
        let expected = Alerts.derive(try await f.deps.store.export(InstrumentFilter()), today: WebFixture.clock.today)
        #expect(Set(expected.map(\.kind)) == [.termEnding, .approvedNotSigned])
        try await f.test { client in
            let all = Self.json(try await client.execute(uri: "/api/v1/alerts", method: .get))
            let items = try #require(all["items"] as? [[String: Any]])
            #expect(items.map { $0["id"] as? String } == expected.map(\.id))
            #expect(all["total"] as? Int == expected.count && all["today"] as? String == "2025-06-01")
            let first = try #require(items.first)
            #expect(!(first["reason"] as? String ?? "").isEmpty && !(first["reasonTh"] as? String ?? "").isEmpty)
            let evidence = try #require(first["evidence"] as? [[String: Any]])
            #expect(evidence.first?["articleId"] as? Int != nil && evidence.first?["eventId"] as? Int != nil)

            let ending = Self.json(try await client.execute(uri: "/api/v1/alerts?kind=term-ending", method: .get))
            #expect((ending["items"] as? [[String: Any]])?.map { $0["kind"] as? String } == ["term-ending"])
            let lao = Self.json(try await client.execute(uri: "/api/v1/alerts?counterpart=LA", method: .get))
            #expect((lao["items"] as? [[String: Any]])?.map { $0["kind"] as? String } == ["approved-not-signed"])
            let recent = Self.json(try await client.execute(uri: "/api/v1/alerts?since=2024-01-01", method: .get))
            #expect(recent["total"] as? Int == expected.filter { !($0.due < CalendarDate(iso: "2024-01-01")!) }.count)
            for bad in ["kind=soon", "since=2025-13-01", "since=", "kind=", "acknowledged=maybe", "colour=red"] {
                let r = try await client.execute(uri: "/api/v1/alerts?" + bad, method: .get)
                #expect(r.status == .badRequest, "\(bad)")
            }
        }
    }

    @Test func thePageAndTheDashboardShowTheSameAlertsInBothLanguages() async throws {
        let f = try await WebFixture()
        defer { f.remove() }
        let expected = try await f.deps.alerts()
        try await f.test { client in
            for (lang, reason) in [("th", \InstrumentAlert.reasonTh), ("en", \InstrumentAlert.reason)] {
                let page = try await client.execute(uri: "/alerts?lang=\(lang)", method: .get)
                #expect(page.status == .ok)
                for a in expected {
                    #expect(page.text.contains("href=\"/instruments/\(a.instrument.id)"), "\(lang): link to #\(a.instrument.id)")
                    #expect(page.text.contains(HTML.escape(a[keyPath: reason])), "\(lang): reason of \(a.id)")
                    #expect(page.text.contains("#event-\(a.evidence[0].eventId)"), "\(lang): evidence link")
                }
                #expect(page.text.contains("/feeds/alerts.atom"))
            }
            let one = try await client.execute(uri: "/alerts?lang=en&alert=term-ending", method: .get)
            #expect(one.text.contains(AlertKind.termEnding.label) && !one.text.contains(HTML.escape(expected.first { $0.kind == .approvedNotSigned }!.reason)))
            #expect(try await client.execute(uri: "/alerts?alert=soon", method: .get).status == .badRequest)
            let home = try await client.execute(uri: "/?lang=en", method: .get)
            #expect(home.text.contains("href=\"/alerts?lang=en\"><span class=\"n\">\(expected.count)</span>"))
        }
    }

    @Test(.enabled(if: FeedParsers.available, "no Python with feedparser and icalendar (apt install python3-feedparser python3-icalendar, or set ACCORD_PYTHON)"))
    func feedsAndCalendarsParseWithoutWarnings() async throws {
        let f = try await WebFixture()
        defer { f.remove() }
        let expected = try await f.deps.alerts()
        let records = try await f.deps.store.export(InstrumentFilter())
        try await f.test { client in
            let alerts = try await client.execute(uri: "/feeds/alerts.atom?lang=en", method: .get)
            #expect(alerts.headers[.contentType] == "application/atom+xml; charset=utf-8")
            let feed = try FeedParsers.atom(Data(alerts.body.readableBytesView))
            #expect(feed["bozo"] as? Int == 0, "\(feed["exception"] ?? "")")
            #expect(feed["version"] as? String == "atom10")
            let entries = try #require(feed["entries"] as? [[String: Any]])
            #expect(entries.map { $0["id"] as? String } == expected.map { "tag:accord,2026:alert:" + $0.id })
            // Absolute links to the records (the host is the request's).
            #expect(zip(entries, expected).allSatisfy { e, a in
                let link = e["link"] as? String ?? ""
                return link.hasPrefix("http://") && link.hasSuffix("/instruments/\(a.instrument.id)")
            })

            let thai = try FeedParsers.atom(Data(try await client.execute(uri: "/feeds/alerts.atom", method: .get).body.readableBytesView))
            #expect(thai["bozo"] as? Int == 0)
            #expect((thai["entries"] as? [[String: Any]])?.first?["title"] as? String == expected[0].kind.labelTh + ": " + expected[0].instrument.title)

            let finland = try FeedParsers.atom(Data(try await client.execute(uri: "/feeds/instruments.atom?country=FI", method: .get).body.readableBytesView))
            #expect(finland["bozo"] as? Int == 0)
            let fiIds = records.filter { $0.summary.counterparts.contains("FI") }.map { "tag:accord,2026:instrument:\($0.summary.id)" }
            #expect((finland["entries"] as? [[String: Any]])?.compactMap { $0["id"] as? String }.sorted() == fiIds.sorted())
            let everything = try FeedParsers.atom(Data(try await client.execute(uri: "/feeds/instruments.atom", method: .get).body.readableBytesView))
            #expect((everything["entries"] as? [[String: Any]])?.count == records.count)

            // The calendar: every known term end (and planned signing), UIDs stable across fetches.
            let ics1 = try FeedParsers.calendar(Data(try await client.execute(uri: "/feeds/deadlines.ics", method: .get).body.readableBytesView))
            let ics2 = try FeedParsers.calendar(Data(try await client.execute(uri: "/feeds/deadlines.ics", method: .get).body.readableBytesView))
            #expect(ics1.map { $0["uid"] } == ics2.map { $0["uid"] })
            let ends = records.compactMap { r in r.summary.termEnd.map { (r.summary.id, $0) } }
            #expect(!ends.isEmpty)
            for (id, end) in ends {
                #expect(ics1.contains { $0["uid"] == "accord-instrument-\(id)-term-end@accord" && $0["start"] == end.iso })
            }
            #expect(ics1.allSatisfy { ($0["categories"] ?? "") == "term-end" || ($0["categories"] ?? "") == "plan" })
            // The alert of the term ending is in the calendar on its term's end.
            let ending = try #require(expected.first { $0.kind == .termEnding })
            #expect(ics1.contains { $0["uid"] == "accord-instrument-\(ending.instrument.id)-term-end@accord" })
        }
    }
}

/// Acknowledging an alert: signed-in users only, audited, and every output leaves it out by default.
@Suite struct AlertAcknowledgementTests {
    @Test func aSignedInUserAcknowledgesAnAlertEverywhere() async throws {
        let f = try await WebFixture()
        defer { f.remove() }
        let before = try await f.deps.alerts()
        let target = try #require(before.first)
        try await f.test { client in
            let page = try await client.execute(uri: "/signin", method: .get)
            var jar = PageRouteTests.cookies(page)
            let csrf = try #require(PageRouteTests.csrfField(page.text))
            let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: PageRouteTests.cookieHeader(jar)]
            // Not signed in: refused.
            let anonymous = try await client.execute(uri: "/alerts/acknowledge", method: .post, headers: form,
                                                     body: PageRouteTests.form([("alert", target.id), ("csrf", csrf)]))
            #expect(anonymous.status == .unauthorized)
            let signedIn = try await client.execute(uri: "/signin", method: .post, headers: form, body: PageRouteTests.form([("token", WebFixture.token), ("csrf", csrf)]))
            jar.merge(PageRouteTests.cookies(signedIn)) { $1 }
            let session: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: PageRouteTests.cookieHeader(jar)]
            let list = try await client.execute(uri: "/alerts?lang=en", method: .get, headers: [.cookie: PageRouteTests.cookieHeader(jar)])
            #expect(list.text.contains("name=\"alert\" value=\"\(target.id)\""))
            #expect(try await client.execute(uri: "/alerts/acknowledge", method: .post, headers: session,
                                             body: PageRouteTests.form([("alert", "no:such:alert"), ("csrf", csrf)])).status == .badRequest)
            let done = try await client.execute(uri: "/alerts/acknowledge", method: .post, headers: session,
                                                body: PageRouteTests.form([("alert", target.id), ("csrf", csrf), ("next", "/alerts?lang=en")]))
            #expect(done.status == .seeOther && done.headers[.location] == "/alerts?lang=en")

            // The API, the page, the feed and the dashboard leave it out; asked for, it carries who and when.
            let api = (try await client.execute(uri: "/api/v1/alerts", method: .get).json as? [String: Any]) ?? [:]
            #expect((api["items"] as? [[String: Any]])?.map { $0["id"] as? String } == before.dropFirst().map(\.id))
            let only = (try await client.execute(uri: "/api/v1/alerts?acknowledged=only", method: .get).json as? [String: Any]) ?? [:]
            let acked = try #require((only["items"] as? [[String: Any]])?.first)
            #expect(acked["id"] as? String == target.id)
            #expect((acked["acknowledgement"] as? [String: Any])?["actor"] as? String == "web")
            let anonymousPage = try await client.execute(uri: "/alerts?lang=en", method: .get)
            #expect(!anonymousPage.text.contains("id=\"\(target.id)\""))
            let shown = try await client.execute(uri: "/alerts?lang=en&acknowledged=include", method: .get)
            #expect(shown.text.contains("id=\"\(target.id)\"") && shown.text.contains("Acknowledged by web"))
            let feed = try await client.execute(uri: "/feeds/alerts.atom", method: .get)
            #expect(!feed.text.contains("alert:" + target.id))
            let home = try await client.execute(uri: "/?lang=en", method: .get)
            #expect(home.text.contains("<span class=\"n\">\(before.count - 1)</span>"))
        }
        #expect(try await f.deps.store.acknowledgements().map(\.alertId) == [target.id])
    }
}
