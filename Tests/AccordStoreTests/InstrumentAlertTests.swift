import AccordCore
import AccordStore
import Foundation
import Testing
import ThaiText

/// Alerts read from timelines and terms against a given day.
@Suite struct InstrumentAlertTests {
    static func d(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static func event(_ id: Int64, _ kind: EventKind, _ date: String?, published: Bool = false, years: Double? = nil, article: Int64 = 1) -> TimelineEvent {
        TimelineEvent(id: id, kind: kind, date: date.map(d), dateIsPublished: published,
                      source: SourceRef(articleId: article, url: "https://example.org/\(article)", title: "article \(article)", published: date.map(d), revision: 1),
                      agreementIndex: 0, durationYears: years, evidence: [])
    }

    static func record(_ timeline: [TimelineEvent], termEnd: String? = nil, years: Double? = nil, id: Int64 = 7) -> InstrumentRecord {
        InstrumentRecord(summary: InstrumentSummary(id: id, kind: .mou, title: "บันทึกความเข้าใจ", counterparts: ["JP"], areas: [], status: .signed,
                                                    termEnd: termEnd.map(d), eventCount: timeline.count, sourceCount: 1),
                         international: true, durationYears: years, parties: [], signatories: [], scope: [], modalities: [],
                         timeline: timeline, corrections: [])
    }

    @Test func anApprovalWithoutSigningIsDueAfterItsWindow() {
        let r = Self.record([Self.event(1, .cabinetApproval, "2024-01-10")])
        #expect(Alerts.derive(r, today: Self.d("2024-07-09")).isEmpty)
        let alerts = Alerts.derive(r, today: Self.d("2024-07-10"))
        #expect(alerts.map(\.kind) == [.approvedNotSigned])
        #expect(alerts[0].due == Self.d("2024-07-10"))
        #expect(alerts[0].id == "approved-not-signed:7:2024-07-10")
        #expect(alerts[0].evidence.map(\.eventId) == [1] && alerts[0].evidence[0].articleId == 1)
        // A shorter window is a setting; a signing reported after the approval clears it.
        #expect(Alerts.derive(r, today: Self.d("2024-03-10"), thresholds: AlertThresholds(approvalMonths: 2)).count == 1)
        let signed = Self.record([Self.event(1, .cabinetApproval, "2024-01-10"), Self.event(2, .signing, "2024-03-01")])
        #expect(Alerts.derive(signed, today: Self.d("2025-01-01")).filter { $0.kind == .approvedNotSigned }.isEmpty)
    }

    @Test func aPlanWithNothingSinceIsDueAfterItsWindow() {
        let r = Self.record([Self.event(1, .plan, "2023-05-01")])
        #expect(Alerts.derive(r, today: Self.d("2024-04-30")).isEmpty)
        #expect(Alerts.derive(r, today: Self.d("2024-05-01")).map(\.kind) == [.plannedNotSigned])
        let approved = Self.record([Self.event(1, .plan, "2023-05-01"), Self.event(2, .cabinetApproval, "2023-09-01")])
        #expect(!Alerts.derive(approved, today: Self.d("2024-05-01")).contains { $0.kind == .plannedNotSigned })
    }

    @Test func termsEndingAndEndedWithoutRenewal() {
        let r = Self.record([Self.event(1, .signing, "2021-06-01", years: 3)], termEnd: "2024-06-01", years: 3)
        #expect(Alerts.derive(r, today: Self.d("2023-12-03")).isEmpty)
        let ending = Alerts.derive(r, today: Self.d("2024-01-01"))
        #expect(ending.map(\.kind) == [.termEnding])
        #expect(ending[0].due == Self.d("2023-12-04"))
        #expect(ending[0].reason.contains("2024-06-01") && ending[0].reason.contains("3 years"))
        let ended = Alerts.derive(r, today: Self.d("2024-06-02"))
        #expect(ended.map(\.kind) == [.expiredWithoutRenewal])
        #expect(ended[0].due == Self.d("2024-06-01"))
        #expect(Alerts.derive(r, today: Self.d("2024-03-01"), thresholds: AlertThresholds(termDays: 30)).isEmpty)
        // A term read from an approval still names its evidence: the report that gives the term.
        let approved = Self.record([Self.event(1, .cabinetApproval, "2021-06-01", years: 3), Self.event(2, .implementation, "2022-01-01")],
                                   termEnd: "2024-06-01", years: 3)
        #expect(Alerts.derive(approved, today: Self.d("2024-01-01")).first { $0.kind == .termEnding }?.evidence.map(\.eventId) == [1])
    }

    @Test func sourcesThatDisagreeOnTheSigningDateOrTheTerm() {
        let r = Self.record([Self.event(1, .signing, "2022-03-01", years: 3, article: 1), Self.event(2, .signing, "2022-03-04", years: 5, article: 2),
                             Self.event(3, .signing, "2022-03-20", published: true, article: 3)])
        let alerts = Alerts.derive(r, today: Self.d("2022-04-01")).filter { $0.kind == .sourcesDisagree }
        #expect(alerts.count == 2)
        #expect(alerts[0].reason.contains("2022-03-01, 2022-03-04"))  // the publication-date fallback is no date
        #expect(alerts[0].evidence.map(\.articleId) == [1, 2])
        #expect(alerts[1].reason.contains("3 years, 5 years"))
        let agreeing = Self.record([Self.event(1, .signing, "2022-03-01", years: 3, article: 1), Self.event(2, .signing, "2022-03-01", years: 3, article: 2)])
        #expect(Alerts.derive(agreeing, today: Self.d("2022-04-01")).isEmpty)
    }

    @Test func manyRecordsSortNewestDueFirstAndSinceFilters() {
        let a = Self.record([Self.event(1, .cabinetApproval, "2020-01-01")], id: 1)
        let b = Self.record([Self.event(2, .plan, "2022-01-01")], id: 2)
        let all = Alerts.derive([a, b], today: Self.d("2024-01-01"))
        #expect(all.map(\.instrument.id) == [2, 1])
        #expect(Alerts.derive([a, b], today: Self.d("2024-01-01"), since: Self.d("2021-01-01")).map(\.instrument.id) == [2])
    }
}
