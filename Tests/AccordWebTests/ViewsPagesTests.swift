import AccordCore
import AccordStore
import Testing
import ThaiText
@testable import AccordWeb

@Suite("Views: pages")
struct ViewsPagesTests {
    @Test("every page has lang, viewport, landmarks, skip link and a language switch", arguments: [Language.th, .en])
    func landmarks(_ l: Language) {
        for (name, html) in Fixture.allPages(l, text: "ความร่วมมือ") {
            #expect(html.hasPrefix("<!DOCTYPE html>"), "\(name)")
            #expect(html.contains("<html lang=\"\(l.rawValue)\">"), "\(name)")
            #expect(html.contains("<meta name=\"viewport\""), "\(name)")
            #expect(html.contains("<header class=\"site\">") && html.contains("<nav aria-label=") && html.contains("<main id=\"main\"") && html.contains("<footer"), "\(name)")
            #expect(html.contains("<a class=\"skip\" href=\"#main\">"), "\(name)")
            let other = l == .th ? "lang=en\" lang=\"en\" hreflang=\"en\"" : "lang=th\" lang=\"th\" hreflang=\"th\""
            #expect(html.contains(other), "\(name): no switch to the other language")
            #expect(html.contains(Strings.instruments(l)) && html.contains(Strings.footer(l)), "\(name): interface text not in \(l)")
            let wrong = l == .th ? Strings.footer.en : Strings.footer.th
            #expect(!html.contains(wrong), "\(name): footer in the wrong language")
        }
    }

    @Test("headings start at one h1 and never skip a level", arguments: [Language.th, .en])
    func headingOrder(_ l: Language) {
        for (name, html) in Fixture.allPages(l, text: "ความร่วมมือ") {
            let levels = Scan.headingLevels(html)
            #expect(levels.first == 1, "\(name): \(levels)")
            #expect(levels.filter { $0 == 1 }.count == 1, "\(name): \(levels)")
            for (a, b) in zip(levels, levels.dropFirst()) {
                #expect(b <= a + 1, "\(name): h\(a) followed by h\(b)")
            }
        }
    }

    @Test("every form field has a label and every POST form a csrf field", arguments: [Language.th, .en])
    func formsLabelled(_ l: Language) {
        for (name, html) in Fixture.allPages(l, text: "ความร่วมมือ") {
            let labels = Set(Scan.tags(html, "label").compactMap { $0["for"] })
            for tag in ["input", "select", "textarea"] {
                for attrs in Scan.tags(html, tag) where attrs["type"] != "hidden" {
                    let id = attrs["id"] ?? ""
                    #expect(!id.isEmpty && labels.contains(id), "\(name): <\(tag) name=\(attrs["name"] ?? "?")> has no label")
                }
            }
            let forms = html.components(separatedBy: "<form").dropFirst()
            for form in forms where form.prefix(while: { $0 != ">" }).contains("method=\"post\"") {
                let body = form.components(separatedBy: "</form>")[0]
                #expect(body.contains("<input type=\"hidden\" name=\"csrf\" value=\"tok123\">"), "\(name): POST form without csrf")
            }
        }
    }

    @Test("every page is well formed: tags balanced, ids unique", arguments: [Language.th, .en])
    func wellFormed(_ l: Language) {
        for (name, html) in Fixture.allPages(l, text: Fixture.hostile) {
            let problems = Scan.balance(html)
            #expect(problems.isEmpty, "\(name): \(problems.prefix(3))")
            var seen = Set<String>()
            for tag in ["section", "h2", "h3", "mark", "title", "input", "select", "textarea", "main", "p", "div"] {
                for id in Scan.tags(html, tag).compactMap({ $0["id"] }) {
                    #expect(seen.insert(id).inserted, "\(name): duplicate id \(id)")
                }
            }
        }
    }

    @Test("tables have captions and header scopes", arguments: [Language.th, .en])
    func tables(_ l: Language) {
        for (name, html) in Fixture.allPages(l, text: "ความร่วมมือ") {
            #expect(Scan.count(html, "<table") == Scan.count(html, "<caption>"), "\(name)")
            for th in Scan.tags(html, "th") {
                #expect(th["scope"] == "col" || th["scope"] == "row", "\(name): <th> without scope")
            }
        }
    }

    @Test("SVG charts are images with a title")
    func svgAccessible() {
        let html = Fixture.allPages(.th, text: "x")[0].1
        let svgs = Scan.tags(html, "svg").filter { $0["class"]?.hasPrefix("chart") == true }
        #expect(svgs.count == 2)
        for s in svgs {
            #expect(s["role"] == "img")
            let ids = (s["aria-labelledby"] ?? "").split(separator: " ")
            #expect(ids.count == 2)
            for id in ids { #expect(html.contains("id=\"\(id)\"")) }
        }
        #expect(html.contains("<title id=\"chart-year-t\">ความตกลงรายปี</title>"))
    }

    @Test("signed-out pages show sign-in, no ingest link, no correction form")
    func signedOut() {
        let pages = Dictionary(uniqueKeysWithValues: Fixture.allPages(.en, text: "x", signedIn: false))
        #expect(pages["dashboard"]!.contains(">Sign in</a>"))
        #expect(!pages["dashboard"]!.contains("href=\"/ingest"))
        #expect(!pages["instrument"]!.contains("/instruments/7/corrections"))
        let signedIn = Dictionary(uniqueKeysWithValues: Fixture.allPages(.en, text: "x"))
        #expect(signedIn["instrument"]!.contains("action=\"/instruments/7/corrections?lang=en\""))
        #expect(signedIn["dashboard"]!.contains("action=\"/signout?lang=en\""))
    }

    @Test("language switch keeps path and query; links keep English")
    func languageLinks() {
        let ctx = Fixture.context(.th, path: "/instruments", query: [QueryItem("area", "ai"), QueryItem("offset", "50")])
        #expect(ctx.switchLanguageHref == "/instruments?area=ai&offset=50&lang=en")
        let en = Fixture.context(.en, path: "/instruments", query: [QueryItem("lang", "en"), QueryItem("area", "ai")])
        #expect(en.switchLanguageHref == "/instruments?area=ai&lang=th")
        #expect(Fixture.context(.en, path: "/").switchLanguageHref == "/?lang=th")
        #expect(en.href("/partners/JP") == "/partners/JP?lang=en")
        #expect(ctx.href("/partners/JP") == "/partners/JP")
        #expect(PageContext.language(query: QueryItem.parse("a=1&lang=EN")) == .en)
        #expect(PageContext.language(query: QueryItem.parse("lang=fr")) == .th)
        let parsed = PageContext(path: "/search", rawQuery: "q=%E0%B8%81&lang=en", today: Fixture.today)
        #expect(parsed.language == .en && parsed.queryValue("q") == "ก" && !parsed.signedIn && parsed.csrf == nil)
    }

    @Test("pagination keeps the filter and moves the offset")
    func pagination() {
        let ctx = Fixture.context(.en, path: "/instruments", query: QueryItem.parse("area=ai&offset=50&lang=en"))
        let html = Views.instrumentList(Page(items: [Fixture.summary()], total: 120, offset: 50, limit: 50),
                                        filter: InstrumentFilter(area: .ai), context: ctx)
        #expect(html.contains("rel=\"prev\" href=\"/instruments?area=ai&amp;lang=en\""))
        #expect(html.contains("rel=\"next\" href=\"/instruments?area=ai&amp;offset=100&amp;lang=en\""))
        #expect(html.contains("51–51 of 120"))
        #expect(html.contains("href=\"/export/instruments.csv?area=ai\""))
        #expect(html.contains("href=\"/export/instruments.ics?area=ai\""))
        #expect(html.contains("href=\"/export/instruments.json?area=ai\""))
        #expect(html.contains("<option value=\"ai\" selected>"))
        let first = Views.instrumentList(Page(items: [Fixture.summary()], total: 1, offset: 0, limit: 50), filter: InstrumentFilter(), context: ctx)
        #expect(!first.contains("rel=\"prev\"") && !first.contains("rel=\"next\""))
    }

    @Test("instrument page shows kind, titles, parties with country, signatories, scope, timeline, corrections", arguments: [Language.th, .en])
    func instrumentContent(_ l: Language) {
        let rec = Fixture.record()
        let html = Views.instrument(rec, sources: [Fixture.article(for: rec, text: "บันทึกความเข้าใจว่าด้วยความร่วมมือด้านดิจิทัล")],
                                    corrections: [Fixture.correction("old title")], context: Fixture.context(l, path: "/instruments/7"))
        #expect(html.contains("<dd>\(Labels.kind(.mou, l))</dd>"))
        #expect(html.contains(l == .th ? "ญี่ปุ่น (JP)" : "Japan (JP)"))
        #expect(html.contains(l == .th ? "ผู้ลงนาม" : "Signatory"))
        #expect(html.contains(Area.ai.label) == (l == .en))
        #expect(html.contains(l == .th ? "1 มี.ค. 2567" : "1 Mar 2024"))
        #expect(html.contains(EventKind.cabinetApproval.label) == (l == .en))
        #expect(html.contains("old title"))
        #expect(html.contains("<mark id=\"ev-11-0\""))
        #expect(html.contains(l == .th ? "(5 ปี)" : "(5 years)"))
    }

    @Test("instrument page explains links when given, escaped")
    func linkExplanations() {
        let rec = Fixture.record()
        let links = [
            LinkExplanation(instrumentId: 7, eventId: 101, score: 1, reasons: [], source: rec.timeline[0].source),
            LinkExplanation(instrumentId: 7, eventId: 102, matchedEventId: 101, score: 0.8123, reasons: ["same kind: mou", Fixture.hostile], source: rec.timeline[1].source),
        ]
        let html = Views.instrument(rec, sources: [], corrections: [], links: links, context: Fixture.context(.en))
        #expect(html.contains("Why these sources were joined"))
        #expect(html.contains("<td class=\"num\">0.81</td>"))
        #expect(html.contains("First source (created the instrument)"))
        #expect(html.contains("<li>same kind: mou</li>") && !html.contains("<script"))
        let without = Views.instrument(rec, sources: [], corrections: [], context: Fixture.context(.en))
        #expect(!without.contains("Why these sources were joined"))
        #expect(Scan.balance(html).isEmpty)
    }

    @Test("dashboard keeps only terms ending within the expiring status window")
    func expiring() {
        let t = Fixture.today
        // The panel uses the status's window, so every instrument it lists has the status "expiring".
        let window = InstrumentStatus.expiringWindowDays
        let items = [
            Fixture.summary(id: 1, termEnd: t),
            Fixture.summary(id: 2, termEnd: t.adding(days: window)),
            Fixture.summary(id: 3, termEnd: t.adding(days: window + 1)),
            Fixture.summary(id: 4, termEnd: t.adding(days: -1)),
            Fixture.summary(id: 5, termEnd: nil),
            Fixture.summary(id: 6, termEnd: t.adding(days: 30)),
        ]
        #expect(DashboardModel.expiring(items, today: t).map(\.id) == [1, 6, 2])
        let model = DashboardModel(stats: Fixture.stats(), instruments: items, today: t)
        #expect(model.expiringSoon.map(\.id) == [1, 6, 2])
    }

    @Test("filter query round-trips and rejects unknown values")
    func filterQuery() throws {
        let f = InstrumentFilter(counterpart: "JP", area: .ai, instrument: .mou, event: .signing, status: .expired, fromYear: 2020, toYear: 2024, international: true)
        #expect(try InstrumentFilter(queryItems: f.queryItems) == f)
        #expect(try InstrumentFilter(queryItems: QueryItem.parse("counterpart=jp&area=&from=")) == InstrumentFilter(counterpart: "JP"))
        #expect(throws: FilterQueryError.invalid(parameter: "area", value: "nope")) { try InstrumentFilter(queryItems: QueryItem.parse("area=nope")) }
        #expect(throws: FilterQueryError.invalid(parameter: "from", value: "20x")) { try InstrumentFilter(queryItems: QueryItem.parse("from=20x")) }
        #expect(QueryItem.parse("q=%E0%B8%81+x&b") == [QueryItem("q", "ก x"), QueryItem("b", "")])
    }

    @Test("every interface string exists in both languages")
    func stringsBothLanguages() {
        for a in Area.allCases { #expect(!Labels.area(a, .th).isEmpty && Labels.area(a, .th) != Labels.area(a, .en)) }
        for s in InstrumentStatus.allCases { #expect(Labels.status(s, .th) != Labels.status(s, .en)) }
        for m in Modality.allCases { #expect(Labels.modality(m, .th) != Labels.modality(m, .en)) }
        for r in SignatoryRole.allCases { #expect(Labels.role(r, .th) != Labels.role(r, .en)) }
        for f in CorrectableField.allCases { #expect(Labels.field(f, .th) != Labels.field(f, .en)) }
        #expect(Labels.partner("JP", .th) == "ญี่ปุ่น")
        #expect(Labels.partner("ASEAN", .th) == "อาเซียน")
        #expect(Labels.partner("CN", .en) == "China")
        #expect(Labels.partner("XYZW", .th) == "XYZW")
        #expect(Labels.partnerWithCode("JP", .en) == "Japan (JP)")
        #expect(Labels.partnerWithCode("ZZZ", .en) == "ZZZ")
    }
}

@Suite struct StatusDetailTests {
    @Test("a status says what is known: term unknown, or until a date")
    func statusDetail() {
        var s = Fixture.summary(id: 1, termEnd: nil)
        s.status = .signed
        #expect(Components.statusDetail(s, .en) == "(term unknown)")
        #expect(Components.statusDetail(s, .th) == "(ไม่ทราบระยะเวลา)")
        s.status = .inForce
        s.termEnd = CalendarDate(iso: "2027-01-10")
        #expect(Components.statusDetail(s, .en) == "until 10 Jan 2027")
        s.status = .draftApproved
        #expect(Components.statusDetail(s, .en).isEmpty)
    }
}
