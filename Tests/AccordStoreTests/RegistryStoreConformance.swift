import AccordCore
import AccordStore
import Foundation
import Testing
import ThaiText

/// The behaviour every `RegistryStore` backend must show; parameterised by backend.
@Suite struct RegistryStoreConformance {
    static let clock = FixedClock(day("2024-01-15"))

    static let draft = Fixture(newsId: "900001", title: "ครม. เห็นชอบร่างบันทึกความเข้าใจด้านไปรษณีย์กับ สปป.ลาว", published: "2022-09-20",
                               body: "ที่ประชุมคณะรัฐมนตรีมีมติเห็นชอบร่างบันทึกความเข้าใจ",
                               agreements: [.sample(.cabinetApproval, date: "2022-09-20", title: Titles.postalLaoDraft, counterparts: ["LA"])])
    static let signing = Fixture(newsId: "900002", title: "ดีอีเอส ลงนาม MOU ไปรษณีย์ โทรคมนาคม กับ สปป.ลาว", published: "2022-10-26",
                                 body: "รัฐมนตรีว่าการกระทรวงดิจิทัลฯ ลงนามบันทึกความเข้าใจ มีผลใช้บังคับ 5 ปี",
                                 agreements: [.sample(.signing, date: "2022-10-25", title: Titles.postalLao, counterparts: ["LA"], duration: 5,
                                                      areas: [.postal, .telecomSpectrum])])
    static let energy = Fixture(newsId: "900003", title: "ไทย สปป.ลาว ลงนาม MOU พลังงาน", published: "2022-11-02",
                                body: "ลงนามบันทึกความเข้าใจด้านพลังงาน",
                                agreements: [.sample(.signing, date: "2022-11-01", title: Titles.energyLao, counterparts: ["LA"], areas: [.sectorEnergy])])
    static let cyber = Fixture(newsId: "900004", title: "ดีอี MOC ญี่ปุ่น ไซเบอร์", published: "2023-03-01",
                               body: "ความร่วมมือด้านความมั่นคงปลอดภัยไซเบอร์และการพัฒนาบุคลากร",
                               agreements: [.sample(.signing, kind: .moc, date: "2023-02-28", title: Titles.cyberJapan, counterparts: ["JP"],
                                                    areas: [.cybersecurity],
                                                    scope: [ScopeItem(text: "การพัฒนาบุคลากรด้านความมั่นคงปลอดภัยไซเบอร์", areas: [.cybersecurity, .skillsWorkforce])])])
    static let unrelated = Fixture(newsId: "900005", title: "นายกรัฐมนตรีตรวจเยี่ยมพื้นที่", published: "2023-04-01",
                                   body: "นายกรัฐมนตรีลงพื้นที่ตรวจราชการ", agreements: [])

    @Test("a record without a name gets a composed title from kind, parties and subject, marked as composed", arguments: StoreBackend.all)
    func composedTitles(_ backend: StoreBackend) async throws {
        let store = try await backend.open(Self.clock)
        var bare = Self.energy
        bare.newsId = "900006"
        bare.body += " (ไม่ระบุชื่อ)"
        bare.agreements[0].titleTh = "บันทึกความเข้าใจ"
        bare.agreements[0].counterparts = ["KZ"]
        _ = try await store.ingest([Self.signing.item, bare.item])
        let page = try await store.instruments(InstrumentFilter(), page: PageRequest(offset: 0, limit: 10))
        let named = try #require(page.items.first { $0.counterparts == ["LA"] })
        #expect(named.title == Titles.postalLao && !named.titleComposed)
        #expect(named.titleEnComposed)
        let composed = try #require(page.items.first { $0.counterparts == ["KZ"] })
        #expect(composed.titleComposed && composed.titleEnComposed)
        #expect(composed.title == "บันทึกความเข้าใจ กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ด้าน\(Area.sectorEnergy.labelTh)")
        // The Thai party goes by its agency's short code in English.
        #expect(composed.titleEn == "MOU: MDES – Kazakhstan, \(Area.sectorEnergy.label.lowercased())")
        // The detail page's summary says the same.
        let record = try await store.instrument(composed.id)
        #expect(record.summary.titleComposed)
        #expect(record.parties.first?.agency == "MDES")
    }

    @Test("parties are normalised to Thai agencies; the agency filter includes a ministry's departments", arguments: StoreBackend.all)
    func agencyFilter(_ backend: StoreBackend) async throws {
        let store = try await backend.open(Self.clock)
        var commerce = Self.energy
        commerce.newsId = "900008"
        commerce.agreements[0].parties = [Party(name: "กรมส่งเสริมการค้าระหว่างประเทศ กระทรวงพาณิชย์", country: "TH")]
        _ = try await store.ingest([Self.signing.item, commerce.item])
        func count(_ agency: String) async throws -> Int {
            try await store.instruments(InstrumentFilter(agency: agency), page: PageRequest()).total
        }
        #expect(try await count("MDES") == 1)
        #expect(try await count("DITP") == 1)
        #expect(try await count("MOC") == 1, "the Ministry of Commerce includes its Department of International Trade Promotion")
        #expect(try await count("MFA") == 0)
    }

    @Test("an event is never stored dated after its article (plans aside); the doctor finds nothing", arguments: StoreBackend.all)
    func eventsAreNotDatedAfterTheirArticle(_ backend: StoreBackend) async throws {
        let store = try await backend.open(Self.clock)
        var renewal = Self.energy
        renewal.newsId = "900007"
        // "ต่ออายุ … ถึง 23 ก.ค. 2570" read as the renewal's day: a term's end, not the event.
        renewal.agreements = [.sample(.renewal, date: "2027-07-23", title: Titles.energyLao, counterparts: ["LA"], duration: 5),
                              .sample(.plan, kind: .moc, date: "2023-01-15", title: Titles.cyberJapan, counterparts: ["JP"])]
        let outcome = try #require(try await store.ingest([renewal.item]).first)
        let ids = outcome.createdInstruments
        var events: [TimelineEvent] = []
        for id in ids { events += try await store.instrument(id).timeline }
        // The renewal keeps no date of its own: the timeline shows the article's, marked as such.
        let renewed = try #require(events.first { $0.kind == .renewal })
        #expect(renewed.date == day("2022-11-02") && renewed.dateIsPublished)
        // A plan may be dated after the article: it is scheduled.
        #expect(events.first { $0.kind == .plan }?.date == day("2023-01-15"))
        #expect(try await store.invariantViolations().isEmpty)
        let path = try #require(renewal.item.path)
        #expect(Set(try await store.instrumentIds(articlePath: path)) == Set(ids))
        #expect(try await store.instrumentIds(articlePath: path + ".missing").isEmpty)
    }

    @Test("records carry a confidence; the review queue lists unconfirmed ones least certain first", arguments: StoreBackend.all)
    func reviewQueue(_ backend: StoreBackend) async throws {
        let store = try await backend.open(Self.clock)
        var bare = Self.cyber
        bare.newsId = "900009"
        bare.agreements[0].titleTh = nil
        bare.agreements[0].parties = []
        bare.agreements[0].counterparts = []
        _ = try await store.ingest([Self.draft.item, Self.signing.item, bare.item])
        let queue = try await store.reviewQueue(InstrumentFilter(), page: PageRequest())
        #expect(queue.total == 2)
        let (least, most) = (queue.items[0], queue.items[1])
        #expect(least.confidence < most.confidence)
        #expect(least.confidenceReasons.contains("no article names it") && least.confidenceReasons.contains("no party named"))
        // Two sources, a name, a party, a partner and own dates: nothing lowers the joined record.
        #expect(most.confidence == 0.9 && most.confidenceReasons.isEmpty, "\(most.confidenceReasons)")   // a third source would add the last 0.1
        _ = try await store.correct(instrument: least.id, field: "confirmed", value: "yes", actor: "reviewer")
        #expect(try await store.instrument(least.id).summary.confirmed)
        #expect(try await store.reviewQueue(InstrumentFilter(), page: PageRequest()).items.map(\.id) == [most.id])
        await #expect(throws: RegistryError.self) { try await store.correct(instrument: most.id, field: "confirmed", value: "maybe", actor: "reviewer") }
    }

    @Test("the same article twice changes nothing", arguments: StoreBackend.all)
    func idempotent(_ backend: StoreBackend) async throws {
        let store = try await backend.open(Self.clock)
        let first = try await store.ingest([Self.signing.item, Self.unrelated.item])
        #expect(first.map(\.disposition) == [.new, .new])
        #expect(first[0].createdInstruments.count == 1)
        let before = try await store.stats()
        let again = try await store.ingest([Self.signing.item, Self.unrelated.item])
        #expect(again.map(\.disposition) == [.duplicate, .duplicate])
        #expect(again[0].articleId == first[0].articleId)
        #expect(again.allSatisfy { $0.createdInstruments.isEmpty && $0.updatedInstruments.isEmpty })
        let after = try await store.stats()
        #expect(after == before)
        #expect(after.articles == 2 && after.agreementArticles == 1 && after.instruments == 1 && after.events == 1)
        let known = ContentHash.sha256(Self.signing.item.text)
        #expect(try await store.storedContentHashes([known, String(repeating: "0", count: 64)]) == [known])
        #expect(try await store.storedArticleId(contentHash: known) == first[0].articleId)
        #expect(try await store.storedArticleId(contentHash: String(repeating: "0", count: 64)) == nil)
    }

    @Test("a changed text of the same newsId becomes a revision that replaces the contribution", arguments: StoreBackend.all)
    func revisions(_ backend: StoreBackend) async throws {
        let store = try await backend.open(Self.clock)
        let o1 = try await store.ingest([Self.signing.item]).first!
        var changed = Self.signing
        changed.body += " (แก้ไข: ลงนามวันที่ 24 ตุลาคม 2565)"
        changed.agreements[0].eventDate = day("2022-10-24")
        let o2 = try await store.ingest([changed.item]).first!
        #expect(o2.disposition == .revised)
        #expect(o2.revision == 2)
        #expect(o2.articleId != o1.articleId)
        #expect(o2.createdInstruments.isEmpty)
        let id = try #require(o1.createdInstruments.first)
        #expect(o2.updatedInstruments == [id])
        let record = try await store.instrument(id)
        #expect(record.timeline.count == 1)
        #expect(record.timeline[0].date == day("2022-10-24"))
        #expect(record.timeline[0].source.revision == 2)
        let old = try await store.article(o1.articleId)
        #expect(!old.isCurrent)
        #expect(old.text == Self.signing.item.text)
        let new = try await store.article(o2.articleId)
        #expect(new.isCurrent && new.text == changed.item.text)
        #expect(try await store.stats().articles == 1)
        // Re-ingesting the older text is recognised as already stored, not a third revision.
        #expect(try await store.ingest([Self.signing.item]).first?.disposition == .duplicate)
    }

    @Test("a draft approval and the signing weeks later join into one timeline; another instrument with the same country does not", arguments: StoreBackend.all)
    func linking(_ backend: StoreBackend) async throws {
        let store = try await backend.open(Self.clock)
        // Signing first: linking must not depend on arrival order.
        let out = try await store.ingest([Self.signing.item, Self.energy.item, Self.draft.item])
        #expect(out[0].createdInstruments.count == 1)
        #expect(out[1].createdInstruments.count == 1)
        #expect(out[2].createdInstruments.isEmpty)
        let postal = try #require(out[0].createdInstruments.first)
        #expect(out[2].updatedInstruments == [postal])
        #expect(out[1].createdInstruments != out[0].createdInstruments)

        let record = try await store.instrument(postal)
        #expect(record.timeline.map(\.kind) == [.cabinetApproval, .signing])
        #expect(record.timeline.map(\.source.newsId) == ["900001", "900002"])
        #expect(record.summary.counterparts == ["LA"])
        #expect(record.titleTh == Titles.postalLao)
        #expect(record.summary.sourceCount == 2)
        #expect(record.timeline[1].evidence == [Evidence(field: "instrument", start: 0, end: 10)])

        let lao = try await store.instruments(InstrumentFilter(counterpart: "la"), page: PageRequest())
        #expect(lao.total == 2)

        let links = try await store.links(instrument: postal)
        #expect(links.count == 2)
        let joined = try #require(links.first { $0.matchedEventId != nil })
        #expect(joined.reasons.contains { $0.contains("title Jaccard") })
        #expect(joined.reasons.contains { $0.contains("approval precedes signing") || $0.contains("signing follows approval") })
    }

    @Test("a renewal years later joins; a second signing years later does not", arguments: StoreBackend.all)
    func renewalAndDistinctSignings(_ backend: StoreBackend) async throws {
        let store = try await backend.open(FixedClock(day("2028-01-01")))
        let renewal = Fixture(newsId: "900010", title: "ต่ออายุ MOU ไปรษณีย์ ลาว", published: "2027-10-20", body: "ต่ออายุบันทึกความเข้าใจ",
                              agreements: [.sample(.renewal, date: "2027-10-20", title: Titles.postalLao, counterparts: ["LA"], duration: 5)])
        let resign = Fixture(newsId: "900011", title: "ลงนาม MOU ไปรษณีย์ ลาว ฉบับใหม่", published: "2025-06-01", body: "ลงนาม",
                             agreements: [.sample(.signing, date: "2025-06-01", title: Titles.postalLao, counterparts: ["LA"])])
        let out = try await store.ingest([Self.signing.item, renewal.item, resign.item])
        let id = try #require(out[0].createdInstruments.first)
        #expect(out[1].updatedInstruments == [id])
        #expect(out[2].createdInstruments.count == 1)
        let record = try await store.instrument(id)
        #expect(record.timeline.map(\.kind) == [.signing, .renewal])
        #expect(record.summary.status == .renewed)
        #expect(record.summary.termEnd == day("2032-10-20"))
    }

    @Test("two agreements of one article never merge", arguments: StoreBackend.all)
    func oneArticleTwoInstruments(_ backend: StoreBackend) async throws {
        let store = try await backend.open(Self.clock)
        var two = Self.signing
        two.newsId = "900020"
        two.agreements = [two.agreements[0], two.agreements[0]]
        let out = try await store.ingest([two.item])
        #expect(out[0].createdInstruments.count == 2)
    }

    @Test("status comes from timeline, term and the clock", arguments: StoreBackend.all)
    func status(_ backend: StoreBackend) async throws {
        // Signed 2022-10-25 for 5 years: ends 2027-10-25.
        let cases: [(String, InstrumentStatus)] = [("2024-01-15", .signed), ("2027-06-01", .expiring), ("2027-10-26", .expired)]
        for (today, expected) in cases {
            let store = try await backend.open(FixedClock(day(today)))
            let id = try #require(try await store.ingest([Self.signing.item, Self.energy.item]).first?.createdInstruments.first)
            let s = try await store.instrument(id).summary
            #expect(s.status == expected, "today \(today)")
            #expect(s.termEnd == day("2027-10-25"))
            let filtered = try await store.instruments(InstrumentFilter(status: expected), page: PageRequest())
            #expect(filtered.items.map(\.id).contains(id))
        }
        let store = try await backend.open(Self.clock)
        let draftOnly = try await store.ingest([Self.draft.item])
        let draftId = try #require(draftOnly.first?.createdInstruments.first)
        #expect(try await store.instrument(draftId).summary.status == .draftApproved)
        let energyId = try #require(try await store.ingest([Self.energy.item]).first?.createdInstruments.first)
        let energy = try await store.instrument(energyId).summary
        #expect(energy.status == .signed && energy.termEnd == nil)
    }

    @Test("a query for ไซเบอร์ finds ความมั่นคงปลอดภัยไซเบอร์; filters apply", arguments: StoreBackend.all)
    func thaiCompoundSearch(_ backend: StoreBackend) async throws {
        let store = try await backend.open(Self.clock)
        let out = try await store.ingest([Self.cyber.item, Self.signing.item, Self.energy.item, Self.unrelated.item])
        let cyberId = try #require(out[0].createdInstruments.first)
        let hits = try await store.search("ไซเบอร์", filter: InstrumentFilter(), limit: 10)
        #expect(hits.instruments.map(\.summary.id) == [cyberId])
        #expect(hits.articles.map(\.source.newsId) == ["900004"])
        #expect(hits.articles.first?.instrumentIds == [cyberId])
        // Each article comes with a passage around the word, the same on every backend.
        #expect(hits.articles.first?.snippet?.contains("ไซเบอร์") == true)
        #expect(try await store.search("ไซเบอร์", filter: InstrumentFilter(counterpart: "LA"), limit: 10).instruments.isEmpty)
        #expect(try await store.search("ไซเบอร์", filter: InstrumentFilter(counterpart: "JP", area: .cybersecurity), limit: 10).instruments.count == 1)
        #expect(try await store.search("ไปรษณีย์", filter: InstrumentFilter(), limit: 10).instruments.count == 1)
        #expect(try await store.search("ไปรษณีย์", filter: InstrumentFilter(fromYear: 2023), limit: 10).instruments.isEmpty)
        #expect(try await store.search("Digital Economy", filter: InstrumentFilter(), limit: 10).instruments.count == 3)
        // Area codes and labels are searchable, in English and Thai.
        #expect(try await store.search("cybersecurity", filter: InstrumentFilter(), limit: 10).instruments.map(\.summary.id) == [cyberId])
        #expect(try await store.search("พลังงาน", filter: InstrumentFilter(counterpart: "LA"), limit: 10).instruments.count == 1)
        #expect(try await store.search("ตรวจราชการ", filter: InstrumentFilter(), limit: 10).articles.isEmpty,
                "non-agreement articles are searchable by title only")
        #expect(try await store.search("ตรวจเยี่ยม", filter: InstrumentFilter(), limit: 10).articles.count == 1)
        await #expect(throws: RegistryError.emptyQuery(" - ")) { try await store.search(" - ", filter: InstrumentFilter(), limit: 10) }
    }

    @Test("partners, areas, stats and filters by event and year", arguments: StoreBackend.all)
    func aggregates(_ backend: StoreBackend) async throws {
        let store = try await backend.open(Self.clock)
        _ = try await store.ingest([Self.draft.item, Self.signing.item, Self.energy.item, Self.cyber.item, Self.unrelated.item])
        let partners = try await store.partners()
        #expect(partners.map(\.code) == ["LA", "JP"])
        #expect(partners.first?.instrumentCount == 2)
        let jp = try await store.partner("jp")
        #expect(jp.instruments.count == 1 && jp.areas.map(\.area).contains(.cybersecurity))
        await #expect(throws: RegistryError.partnerNotFound("XX")) { try await store.partner("XX") }
        let areas = try await store.areas()
        #expect(areas.count == Area.allCases.count)
        #expect(areas.first { $0.area == .cybersecurity }?.count == 1)
        let approved2022 = try await store.instruments(InstrumentFilter(event: .cabinetApproval, fromYear: 2022, toYear: 2022), page: PageRequest())
        #expect(approved2022.total == 1)
        let stats = try await store.stats()
        #expect(stats.instruments == 3 && stats.articles == 5 && stats.agreementArticles == 4 && stats.events == 4)
        #expect(stats.perYear.contains(RegistryStats.YearCount(year: 2022, event: .signing, count: 2)))
        #expect(stats.partnerAreas.contains(RegistryStats.PartnerAreaCount(partner: "JP", area: .cybersecurity, count: 1)))
        #expect(stats.latestArticles.first?.newsId == "900004")
        let page = try await store.instruments(InstrumentFilter(), page: PageRequest(offset: 1, limit: 1))
        #expect(page.total == 3 && page.items.count == 1)
    }

    @Test("hand corrections are audited and survive re-extraction", arguments: StoreBackend.all)
    func corrections(_ backend: StoreBackend) async throws {
        let store = try await backend.open(Self.clock)
        let id = try #require(try await store.ingest([Self.signing.item]).first?.createdInstruments.first)
        let c = try await store.correct(instrument: id, field: "titleEn", value: "MOU on postal and digital cooperation", actor: "officer@example")
        #expect(c.oldValue == nil && c.newValue == "MOU on postal and digital cooperation")
        _ = try await store.correct(instrument: id, field: "durationYears", value: "3", actor: "officer@example")
        var changed = Self.signing
        changed.body += " ฉบับแก้ไข"
        changed.agreements[0].titleEn = "Extractor's title"
        #expect(try await store.ingest([changed.item]).first?.disposition == .revised)
        let r = try await store.instrument(id)
        #expect(r.titleEn == "MOU on postal and digital cooperation")
        #expect(r.summary.termEnd == day("2025-10-25"))
        #expect(try await store.corrections(instrument: id).map(\.field) == [.titleEn, .durationYears])
        await #expect(throws: RegistryError.invalidField("colour")) { try await store.correct(instrument: id, field: "colour", value: "red", actor: "x") }
        await #expect(throws: RegistryError.invalidValue(field: "durationYears", value: "five (a number of years above 0 and at most 99)")) {
            try await store.correct(instrument: id, field: "durationYears", value: "five", actor: "x")
        }
        // A term past the calendar, a blank or a control character is refused; nothing traps.
        for bad in ["7980", "inf", "1e300", "nan", "  "] {
            await #expect(throws: RegistryError.self) { try await store.correct(instrument: id, field: "durationYears", value: bad, actor: "x") }
        }
        await #expect(throws: RegistryError.self) { try await store.correct(instrument: id, field: "titleTh", value: "a\u{0}b", actor: "x") }
        await #expect(throws: RegistryError.instrumentNotFound(999_999)) { try await store.correct(instrument: 999_999, field: "place", value: "x", actor: "x") }
        await #expect(throws: RegistryError.instrumentNotFound(999_999)) { try await store.instrument(999_999) }
        await #expect(throws: RegistryError.articleNotFound(999_999)) { try await store.article(999_999) }
    }

    @Test("a fresh store is sound and empty", arguments: StoreBackend.all)
    func empty(_ backend: StoreBackend) async throws {
        let store = try await backend.open(Self.clock)
        #expect(try await store.integrityProblems().isEmpty)
        #expect(try await store.instruments(InstrumentFilter(), page: PageRequest()).total == 0)
        #expect(try await store.partners().isEmpty)
    }

    @Test("alerts come from timelines alike on both backends; acknowledgements are audited once", arguments: StoreBackend.all)
    func alertsAndAcknowledgements(_ backend: StoreBackend) async throws {
        let store = try await backend.open(Self.clock)
        _ = try await store.ingest([Self.draft.item])
        // The light timelines read the same alerts as the full records.
        let light = Alerts.derive(try await store.timelines(InstrumentFilter()), today: Self.clock.today)
        let full = Alerts.derive(try await store.export(InstrumentFilter()), today: Self.clock.today)
        #expect(light == full)
        #expect(light.map(\.kind) == [.approvedNotSigned])
        #expect(try await store.timelines(InstrumentFilter(counterpart: "JP")).isEmpty)
        let alert = try #require(light.first)
        let ack = try await store.acknowledge(alert: alert.id, actor: " officer ")
        #expect(ack.alertId == alert.id && ack.instrumentId == alert.instrument.id && ack.actor == "officer" && !ack.at.isEmpty)
        let again = try await store.acknowledge(alert: alert.id, actor: "someone else")
        #expect(again == ack)  // the first acknowledgement stands
        #expect(try await store.acknowledgements() == [ack])
        #expect(light.acknowledged([ack], show: .hide).isEmpty)
        #expect(light.acknowledged([ack], show: .only).first?.acknowledgement == ack)
        await #expect(throws: RegistryError.self) { try await store.acknowledge(alert: "approved-not-signed:999999:2024-01-01", actor: "x") }
        await #expect(throws: RegistryError.self) { try await store.acknowledge(alert: "nonsense", actor: "x") }
        await #expect(throws: RegistryError.self) { try await store.acknowledge(alert: alert.id.replacingOccurrences(of: "2023", with: "2022"), actor: "\u{0}") }
        #expect(try await store.integrityProblems().isEmpty)
    }
}
