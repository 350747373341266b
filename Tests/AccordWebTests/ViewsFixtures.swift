import AccordCore
import AccordStore
import Foundation
import ThaiText
@testable import AccordWeb

/// Records built in code for rendering tests; `text` goes into every free-text field so the same
/// fixture serves plain and hostile rendering.
enum Fixture {
    static let hostile = "<script>alert(\"x\")</script>&'\"><img src=x onerror=alert(1)>"
    static let today = CalendarDate(year: 2026, month: 12, day: 2)!

    static func context(_ l: Language, path: String = "/", query: [QueryItem] = [], signedIn: Bool = true, csrf: String? = "tok123") -> PageContext {
        PageContext(language: l, path: path, query: query, csrf: csrf, signedIn: signedIn, today: today)
    }

    static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static func source(_ id: Int64, title: String, url: String? = "https://www.thaigov.go.th/news/contents/details/12345") -> SourceRef {
        SourceRef(articleId: id, newsId: "12345", url: url, title: title, published: date("2024-03-01"), revision: 1)
    }

    static func summary(id: Int64 = 7, title: String = "บันทึกความเข้าใจว่าด้วยความร่วมมือด้านดิจิทัล", titleEn: String? = "MoU on Digital Cooperation",
                        counterparts: [String] = ["JP"], termEnd: CalendarDate? = date("2027-03-01")) -> InstrumentSummary {
        InstrumentSummary(id: id, kind: .mou, title: title, titleEn: titleEn, counterparts: counterparts, areas: [.ai, .cybersecurity],
                          status: .signed, firstDate: date("2024-02-20"), lastDate: date("2024-03-01"), signedDate: date("2024-03-01"),
                          termEnd: termEnd, eventCount: 2, sourceCount: 1)
    }

    /// The article text the evidence offsets of `record` point into.
    static func articleText(_ text: String) -> String {
        "หัวข่าว \(text)\nวันที่ 1 มีนาคม 2567\nไทยและญี่ปุ่นลงนามบันทึกความเข้าใจ ณ กรุงเทพฯ มีระยะเวลา 5 ปี\n"
    }

    static func record(text: String = "บันทึกความเข้าใจว่าด้วยความร่วมมือด้านดิจิทัล", counterparts: [String] = ["JP"]) -> InstrumentRecord {
        let src = source(11, title: text)
        let body = articleText(text)
        let scalars = Array(body.unicodeScalars)
        func span(_ needle: String, _ field: String) -> Evidence {
            let n = Array(needle.unicodeScalars)
            var i = 0
            while i + n.count <= scalars.count, !scalars[i..<(i + n.count)].elementsEqual(n) { i += 1 }
            return Evidence(field: field, start: i, end: i + n.count)
        }
        let events = [
            TimelineEvent(id: 101, kind: .cabinetApproval, date: date("2024-02-20"), dateIsPublished: false, source: src, agreementIndex: 0,
                          titleTh: text, evidence: []),
            TimelineEvent(id: 102, kind: .signing, date: date("2024-03-01"), dateIsPublished: true, source: src, agreementIndex: 0,
                          titleTh: text, titleEn: text, place: text, durationYears: 5,
                          evidence: [span("บันทึกความเข้าใจ", "instrument"), span("ญี่ปุ่น", "counterparts[0]"), span("5 ปี", "durationYears"),
                                     span(text, "titleTh")]),
        ]
        return InstrumentRecord(
            summary: summary(title: text, titleEn: text, counterparts: counterparts), titleTh: text, titleEn: text, international: true,
            place: text, durationYears: 5,
            parties: [PartyRecord(id: 1, name: text, nameEn: "Ministry " + text, country: "JP"), PartyRecord(id: 2, name: "กระทรวงดิจิทัลฯ", country: "TH")],
            signatories: [SignatoryRecord(personId: 1, name: text, position: text, country: "JP", role: .signatory, eventId: 102)],
            scope: [ScopeRecord(text: text, areas: [.ai], eventId: 102)],
            modalities: [.training],
            timeline: events,
            corrections: [])
    }

    static func article(for record: InstrumentRecord, text: String) -> ArticleRecord {
        let src = record.timeline[0].source
        return ArticleRecord(source: src, contentHash: "abc", isAgreementNews: true, isCurrent: true, text: articleText(text),
                             extraction: Extraction(source: Source(title: text, published: src.published), isAgreementNews: true, agreements: []))
    }

    static func correction(_ text: String) -> Correction {
        Correction(id: 1, instrumentId: 7, field: .titleEn, oldValue: text, newValue: text, actor: text, at: "2026-12-01T10:00:00Z")
    }

    static func stats(text: String = "ข่าวลงนาม", partner: String = "JP") -> RegistryStats {
        RegistryStats(
            articles: 120, agreementArticles: 40, instruments: 30, events: 55, partners: 9,
            byStatus: ["signed": 20, "expired": 3],
            perYear: [.init(year: 2022, event: .signing, count: 4), .init(year: 2024, event: .signing, count: 7),
                      .init(year: 2024, event: .cabinetApproval, count: 3), .init(year: 2025, event: .renewal, count: 1),
                      .init(year: 2025, event: .implementation, count: 9)],
            partnerAreas: [.init(partner: partner, area: .ai, count: 3), .init(partner: partner, area: .cybercrimeScams, count: 1),
                           .init(partner: "CN", area: .sectorSecurityDefence, count: 5), .init(partner: "ASEAN", area: .digitalEconomy, count: 2)],
            expiringSoon: [summary(title: text, titleEn: text + " (en)")],
            latestArticles: [source(11, title: text)])
    }

    static func extraction(_ text: String) -> (raw: String, extraction: Extraction) {
        let raw = articleText(text)
        let scalars = Array(raw.unicodeScalars)
        let agreement = Agreement(instrument: .mou, event: .signing, eventDate: date("2024-03-01"), titleTh: text, international: true,
                                  counterparts: ["JP"], parties: [Party(name: text, country: "JP")],
                                  signatories: [Signatory(name: text, position: text, role: .signatory)], place: text, durationYears: 5,
                                  scope: [ScopeItem(text: text, areas: [.ai])], areas: [.ai], modalities: [.training],
                                  evidence: [Evidence(field: "titleTh", start: 8, end: 8 + text.unicodeScalars.count),
                                             Evidence(field: "place", start: scalars.count - 5, end: scalars.count + 40)])
        return (raw, Extraction(source: Source(title: text, published: date("2024-03-01")), isAgreementNews: true, agreements: [agreement]))
    }

    /// Every page, rendered with `text` in its free-text fields.
    static func allPages(_ l: Language, text: String, signedIn: Bool = true) -> [(String, String)] {
        let rec = record(text: text)
        let ctx = { (path: String) in context(l, path: path, query: [QueryItem("q", text)], signedIn: signedIn) }
        let (raw, ex) = extraction(text)
        return [
            ("dashboard", Views.dashboard(DashboardModel(stats: stats(text: text), today: today), context: ctx("/"))),
            ("instrumentList", Views.instrumentList(Page(items: [summary(title: text, titleEn: text + " (en)")], total: 120, offset: 50, limit: 50),
                                                    filter: InstrumentFilter(counterpart: "JP", area: .ai), context: ctx("/instruments"))),
            ("instrument", Views.instrument(rec, sources: [article(for: rec, text: text)], corrections: [correction(text)],
                                            links: [LinkExplanation(instrumentId: 7, eventId: 102, matchedEventId: 101, score: 0.9, reasons: [text], source: rec.timeline[1].source)],
                                            context: ctx("/instruments/7"))),
            ("partnerList", Views.partnerList([PartnerSummary(code: "JP", instrumentCount: 4, lastDate: date("2024-03-01")),
                                               PartnerSummary(code: text, instrumentCount: 1)], context: ctx("/partners"))),
            ("partner", Views.partner(PartnerDetail(code: "JP", instruments: [summary(title: text, titleEn: text + " (en)")], areas: [AreaCount(area: .ai, count: 2)]), context: ctx("/partners/JP"))),
            ("areaList", Views.areaList(Area.allCases.map { AreaCount(area: $0, count: $0 == .ai ? 4 : 0) }, context: ctx("/areas"))),
            ("area", Views.area(.ai, instruments: Page(items: [summary(title: text, titleEn: text + " (en)")], total: 1, offset: 0, limit: 50), context: ctx("/areas/ai"))),
            ("search", Views.search(query: text, results: SearchResults(query: text, instruments: [InstrumentHit(summary: summary(title: text, titleEn: text + " (en)"), rank: -3)],
                                                                       articles: [ArticleHit(source: source(11, title: text), rank: -2, instrumentIds: [7])]),
                                    context: ctx("/search"))),
            ("ingest", Views.ingest(text: raw, preview: ex, error: text, outcome: IngestOutcome(disposition: .new, articleId: 3, revision: 1, createdInstruments: [7]), context: ctx("/ingest"))),
            ("signIn", Views.signIn(error: text, next: "/instruments", context: ctx("/signin"))),
            ("error", Views.error(status: 404, message: text, context: ctx("/nowhere"))),
        ]
    }
}

/// A minimal tag scanner for checking rendered HTML structure in tests.
enum Scan {
    /// Every start tag named `name` with its attributes (double-quoted values, unescaped only for `&quot;` not needed here).
    static func tags(_ html: String, _ name: String) -> [[String: String]] {
        var out: [[String: String]] = []
        var rest = html[...]
        while let r = rest.range(of: "<\(name)") {
            let after = rest[r.upperBound...]
            guard let next = after.first, next == " " || next == ">" || next == "/" else { rest = after; continue }
            guard let close = after.firstIndex(of: ">") else { break }
            out.append(attributes(String(after[..<close])))
            rest = after[close...]
        }
        return out
    }

    static func attributes(_ s: String) -> [String: String] {
        var attrs: [String: String] = [:]
        var i = s.startIndex
        while i < s.endIndex {
            while i < s.endIndex, s[i] == " " || s[i] == "/" { i = s.index(after: i) }
            var name = ""
            while i < s.endIndex, s[i] != "=", s[i] != " " { name.append(s[i]); i = s.index(after: i) }
            guard !name.isEmpty else { break }
            if i < s.endIndex, s[i] == "=" {
                i = s.index(after: i)
                if i < s.endIndex, s[i] == "\"" {
                    i = s.index(after: i)
                    var v = ""
                    while i < s.endIndex, s[i] != "\"" { v.append(s[i]); i = s.index(after: i) }
                    if i < s.endIndex { i = s.index(after: i) }
                    attrs[name] = v
                }
            } else {
                attrs[name] = ""
            }
        }
        return attrs
    }

    /// Heading levels in document order.
    static func headingLevels(_ html: String) -> [Int] {
        var levels: [Int] = []
        let chars = Array(html.utf8)
        var i = 0
        while i + 3 < chars.count {
            if chars[i] == UInt8(ascii: "<"), chars[i + 1] == UInt8(ascii: "h"), (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(chars[i + 2]),
               chars[i + 3] == UInt8(ascii: " ") || chars[i + 3] == UInt8(ascii: ">") {
                levels.append(Int(chars[i + 2] - UInt8(ascii: "0")))
            }
            i += 1
        }
        return levels
    }

    /// Unbalanced or misnested tags, as messages; HTML void elements and `/>` (SVG) tags need no end tag.
    static func balance(_ html: String) -> [String] {
        let void: Set<String> = ["meta", "link", "input", "br", "img", "hr"]
        var stack: [String] = [], problems: [String] = []
        let u = Array(html.unicodeScalars)
        var i = 0
        while i < u.count {
            guard u[i] == "<" else { i += 1; continue }
            var j = i + 1
            while j < u.count, u[j] != ">" { j += 1 }
            let inner = String(String.UnicodeScalarView(u[(i + 1)..<min(j, u.count)]))
            i = j + 1
            if inner.hasPrefix("!") { continue }
            let closing = inner.hasPrefix("/")
            let name = String((closing ? inner.dropFirst() : inner[...]).prefix { $0 != " " && $0 != "/" }).lowercased()
            if closing {
                if stack.last == name { stack.removeLast() } else { problems.append("</\(name)> inside \(stack.suffix(3))") }
            } else if !void.contains(name), !inner.hasSuffix("/") {
                stack.append(name)
            }
        }
        if !stack.isEmpty { problems.append("unclosed \(stack)") }
        return problems
    }

    /// Occurrences of a substring.
    static func count(_ html: String, _ needle: String) -> Int {
        html.components(separatedBy: needle).count - 1
    }
}
