import AccordCore
import AccordStore
import Testing
import ThaiText

@Suite struct StatusDerivationTests {
    let today = day("2024-06-01")

    @Test func draftApprovedBeforeSigning() {
        let s = InstrumentStatus.derive(events: [StatusEvent(kind: .cabinetApproval, date: day("2024-05-01"))], today: today)
        #expect(s.status == .draftApproved && s.termStart == nil && s.termEnd == nil)
        #expect(InstrumentStatus.derive(events: [StatusEvent(kind: .implementation, date: day("2024-05-01"))], today: today).status == .reported)
    }

    @Test func signedWithoutTermStaysSigned() {
        let s = InstrumentStatus.derive(events: [StatusEvent(kind: .cabinetApproval, date: day("2010-01-01")),
                                                 StatusEvent(kind: .signing, date: day("2010-02-01"))], today: today)
        #expect(s.status == .signed && s.termStart == day("2010-02-01") && s.termEnd == nil)
    }

    @Test func termEndDecidesExpiringAndExpired() {
        let events = [StatusEvent(kind: .signing, date: day("2021-06-15"), durationYears: 3)]
        #expect(InstrumentStatus.derive(events: events, today: day("2023-12-16")).status == .signed)
        let expiring = InstrumentStatus.derive(events: events, today: day("2023-12-18"))
        #expect(expiring.status == .expiring && expiring.termEnd == day("2024-06-15"))
        #expect(InstrumentStatus.derive(events: events, today: day("2024-06-15")).status == .expiring)
        #expect(InstrumentStatus.derive(events: events, today: day("2024-06-16")).status == .expired)
    }

    @Test func renewalStartsANewTerm() {
        let events = [StatusEvent(kind: .signing, date: day("2015-03-01"), durationYears: 5),
                      StatusEvent(kind: .renewal, date: day("2020-02-20"), durationYears: 5)]
        let s = InstrumentStatus.derive(events: events, today: today)
        #expect(s.status == .renewed && s.termStart == day("2020-02-20") && s.termEnd == day("2025-02-20"))
        #expect(InstrumentStatus.derive(events: events, today: day("2025-03-01")).status == .expired)
    }

    @Test func inForceOnlyWhenEntryIntoForceIsReported() {
        let signed = [StatusEvent(kind: .signing, date: day("2022-01-10"), durationYears: 5)]
        #expect(InstrumentStatus.derive(events: signed, today: today).status == .signed)
        // Its entry into force reported: in force, the term still from the signing.
        let reported = signed + [StatusEvent(kind: .entryIntoForce, date: day("2022-04-01"))]
        let s = InstrumentStatus.derive(events: reported, today: today)
        #expect(s.status == .inForce && s.termStart == day("2022-01-10") && s.termEnd == day("2027-01-10"))
        // The entry-into-force report states the term: it runs from entry into force.
        let counted = [StatusEvent(kind: .signing, date: day("2022-01-10")), StatusEvent(kind: .entryIntoForce, date: day("2022-04-01"), durationYears: 5)]
        #expect(InstrumentStatus.derive(events: counted, today: today).termEnd == day("2027-04-01"))
        // Expired terms stay expired; an entry into force before a later renewal does not hide the renewal.
        #expect(InstrumentStatus.derive(events: reported, today: day("2027-02-01")).status == .expired)
        #expect(InstrumentStatus.derive(events: [StatusEvent(kind: .entryIntoForce, date: day("2021-03-01"))], today: today).status == .inForce)
    }

    @Test func declarationsAreAdoptedNotSigned() {
        let s = InstrumentStatus.derive(events: [StatusEvent(kind: .cabinetApproval, date: day("2023-08-01")),
                                                 StatusEvent(kind: .adoption, date: day("2023-09-05"))], today: today)
        #expect(s.status == .adopted && s.termStart == day("2023-09-05"))
        #expect(InstrumentStatus.derive(events: [StatusEvent(kind: .adoption, date: nil)], today: today).status == .adopted)
    }

    @Test func fractionalDurationAndOverride() {
        let events = [StatusEvent(kind: .signing, date: day("2023-01-31"), durationYears: 1.5)]
        #expect(InstrumentStatus.derive(events: events, today: today).termEnd == day("2024-07-31"))
        #expect(InstrumentStatus.derive(events: events, durationOverride: 1, today: today).status == .expired)
    }
}

@Suite struct LinkerTests {
    let tokenizer = ThaiAwareTokenizer.standard
    func words(_ s: String) -> Set<String> { TitleWords.of(s, tokenizer: tokenizer) }

    func candidate(_ kind: EventKind, _ date: String, title: String, counterparts: Set<String> = ["LA"], articleId: Int64 = 1) -> LinkCandidate {
        LinkCandidate(instrumentId: 7, kind: .mou, counterparts: counterparts,
                      events: [LinkEvent(id: 70, kind: kind, date: day(date), articleId: articleId, titleWords: words(title))])
    }

    func probe(_ kind: EventKind, _ date: String, title: String, counterparts: Set<String> = ["LA"], instrument: InstrumentKind = .mou) -> LinkProbe {
        LinkProbe(kind: instrument, counterparts: counterparts, event: kind, date: day(date), articleId: 2, titleWords: words(title))
    }

    @Test func genericWordsDoNotCount() {
        #expect(words(Titles.postalLaoDraft) == words(Titles.postalLao))
        #expect(!words(Titles.postalLao).contains("บันทึกความเข้าใจ"))
        #expect(words("Memorandum of Understanding on Cybersecurity between Thailand and Japan") == ["cybersecurity", "japan"])
    }

    @Test func approvalThenSigningLinks() throws {
        let d = try #require(InstrumentLinker.evaluate(probe(.signing, "2022-10-25", title: Titles.postalLao),
                                                       against: candidate(.cabinetApproval, "2022-09-20", title: Titles.postalLaoDraft)))
        #expect(d.instrumentId == 7 && d.matchedEventId == 70 && d.score > 0.9)
        #expect(d.reasons.contains { $0.contains("signing follows approval") })
    }

    @Test func rejectsDifferentSubjectKindCountryOrImplausibleDates() throws {
        let c = candidate(.cabinetApproval, "2022-09-20", title: Titles.postalLaoDraft)
        #expect(InstrumentLinker.evaluate(probe(.signing, "2022-10-25", title: Titles.energyLao), against: c) == nil)
        // A memorandum reported under another memorandum word may be the same document, at a discount; an agreement is not.
        let family = try #require(InstrumentLinker.evaluate(probe(.signing, "2022-10-25", title: Titles.postalLao, instrument: .moc), against: c))
        #expect(family.score < InstrumentLinker.evaluate(probe(.signing, "2022-10-25", title: Titles.postalLao), against: c)!.score)
        #expect(InstrumentLinker.evaluate(probe(.signing, "2022-10-25", title: Titles.postalLao, instrument: .agreement), against: c) == nil)
        #expect(InstrumentLinker.evaluate(probe(.signing, "2022-10-25", title: Titles.postalLao, counterparts: ["VN"]), against: c) == nil)
        // Signed years before the approval: another instrument (or a renewal reported as signing).
        #expect(InstrumentLinker.evaluate(probe(.signing, "2018-01-10", title: Titles.postalLao), against: c) == nil)
        // Two signings a year apart are two instruments.
        let signed = candidate(.signing, "2022-10-25", title: Titles.postalLao)
        #expect(InstrumentLinker.evaluate(probe(.signing, "2023-11-01", title: Titles.postalLao), against: signed) == nil)
        #expect(InstrumentLinker.evaluate(probe(.signing, "2022-10-27", title: Titles.postalLao), against: signed) != nil)
        // One or two leftover words are not a title.
        let vague = candidate(.signing, "2022-10-25", title: "MOU ดังกล่าว เรื่อง ไปรษณีย์")
        #expect(InstrumentLinker.evaluate(probe(.signing, "2022-10-26", title: "ไปรษณีย์"), against: vague) == nil)
        // A probe without a title never links.
        #expect(InstrumentLinker.evaluate(probe(.signing, "2022-10-25", title: ""), against: c) == nil)
        // The same article never feeds one instrument twice.
        let sameArticle = LinkProbe(kind: .mou, counterparts: ["LA"], event: .signing, date: day("2022-10-25"), articleId: 1, titleWords: words(Titles.postalLao))
        #expect(InstrumentLinker.evaluate(sameArticle, against: c) == nil)
    }

    @Test func aReportCloseInTimeJoinsTheOnlyInstrumentWithThatPartner() throws {
        let c = candidate(.cabinetApproval, "2022-09-20", title: Titles.postalLaoDraft)
        // An untitled report of a signing three weeks later, same partner: the only candidate, so it joins.
        let untitled = probe(.signing, "2022-10-10", title: "")
        let d = try #require(InstrumentLinker.best(for: untitled, among: [c]))
        #expect(d.instrumentId == 7 && d.reasons.last?.contains("the only instrument") == true)
        // Not when two instruments with that partner qualify (two MOUs signed on one visit).
        var other = candidate(.signing, "2022-10-01", title: Titles.energyLao)
        other.instrumentId = 8
        #expect(InstrumentLinker.best(for: untitled, among: [c, other]) == nil)
        // Not months later, not for a titled report of another subject, not for a domestic report.
        #expect(InstrumentLinker.best(for: probe(.signing, "2023-03-10", title: ""), among: [c]) == nil)
        #expect(InstrumentLinker.best(for: probe(.signing, "2022-10-10", title: Titles.energyLao), among: [c]) == nil)
        #expect(InstrumentLinker.best(for: probe(.signing, "2022-10-10", title: "", counterparts: []), among: [c]) == nil)
    }

    @Test func aShortRenderingOfALongTitleLinks() throws {
        let long = "บันทึกความร่วมมือ ระหว่าง กระทรวงอุตุนิยม ญี่ปุ่น และ กระทรวงดิจิทัล ว่าด้วย ความร่วมมือ ด้าน เรดาร์ พยากรณ์ ภัยพิบัติ บน หลักการ เท่าเทียม ผลประโยชน์ ร่วมกัน ทั้งสองฝ่าย"
        let short = "บันทึกความร่วมมือ ระหว่าง กระทรวงดิจิทัล กับ กระทรวงอุตุนิยม ญี่ปุ่น เรดาร์"
        var c = candidate(.cabinetApproval, "2017-05-30", title: long, counterparts: ["JP"])
        let d = try #require(InstrumentLinker.evaluate(probe(.signing, "2017-06-07", title: short, counterparts: ["JP"]), against: c))
        #expect(d.reasons.contains { $0.contains("contained in the longer") })
        // Three words are too few to trust containment.
        c.events[0].titleWords = words("กระทรวงดิจิทัล ญี่ปุ่น เรดาร์ พยากรณ์ ภัยพิบัติ หลักการ เท่าเทียม")
        #expect(InstrumentLinker.evaluate(probe(.signing, "2017-06-07", title: "กระทรวงดิจิทัล ญี่ปุ่น เรดาร์", counterparts: ["JP"]), against: c) == nil)
    }

    @Test func matchingScopeListsLinkWhenTitlesDiffer() throws {
        let scope = words("ความมั่นคงปลอดภัยไซเบอร์ พยากรณ์อากาศ ภัยพิบัติ นวัตกรรม แอปพลิเคชัน บุคลากร ไปรษณีย์ ดาวเทียม สารสนเทศ")
        var c = candidate(.cabinetApproval, "2017-05-30", title: "ร่าง บันทึกความร่วมมือ ด้าน ดิจิทัล กับ ญี่ปุ่น", counterparts: ["JP"])
        c.events[0].scopeWords = scope
        var p = probe(.signing, "2017-06-07", title: "บันทึกความร่วมมือ กระทรวงดิจิทัล กับ กระทรวงกิจการภายใน", counterparts: ["JP"])
        p.scopeWords = scope.subtracting(["ดาวเทียม"])
        let d = try #require(InstrumentLinker.evaluate(p, against: c))
        #expect(d.reasons.contains { $0.contains("scope items Jaccard") })
        p.scopeWords = words("การค้า การลงทุน เกษตร ประมง ป่าไม้ แรงงาน ท่องเที่ยว วัฒนธรรม")
        #expect(InstrumentLinker.evaluate(p, against: c) == nil)
    }

    @Test func bestPicksTheClosestTitle() {
        let a = candidate(.cabinetApproval, "2022-09-20", title: Titles.postalLaoDraft)
        var b = candidate(.cabinetApproval, "2022-09-20", title: Titles.postalLao + " ฉบับ แก้ไข เพิ่มเติม พิธีสาร")
        b.instrumentId = 8
        #expect(InstrumentLinker.best(for: probe(.signing, "2022-10-25", title: Titles.postalLao), among: [b, a])?.instrumentId == 7)
    }
}
