import Testing
@testable import AccordCore

@Suite struct InstrumentTitleTests {
    @Test func aBareKindIsNotAName() {
        for bare in ["บันทึกความเข้าใจ", "บันทึกความเข้าใจ (JP)", "ร่างบันทึกความเข้าใจ (MOU)", "MOU", "Memorandum of Understanding", "ความตกลง 2 ฉบับ", "  "] {
            #expect(!InstrumentTitle.isName(bare), "\(bare)")
        }
        #expect(InstrumentTitle.isName("บันทึกความเข้าใจว่าด้วยความร่วมมือด้านเศรษฐกิจดิจิทัล"))
        #expect(InstrumentTitle.isName("Memorandum of Understanding on Cooperation in the Field of Digital Economy"))
        #expect(InstrumentTitle.isName("ความตกลงหุ้นส่วนทางเศรษฐกิจไทย-ญี่ปุ่น (JTEPA)"))
    }

    @Test func sentencesAndAdvertsAreNotNames() {
        #expect(!InstrumentTitle.isName("บันทึกความเข้าใจ ผ่อนส่งเพียง 3,400 บาท เท่านั้น!"))
        #expect(!InstrumentTitle.isName("MOU. This is as proposed by the ministry"))
        #expect(!InstrumentTitle.isName(String(repeating: "ความร่วมมือด้านการค้า ", count: 20)))
    }

    @Test func aRecordWithoutANameGetsAComposedTitleInBothLanguages() {
        let d = InstrumentTitle.display(kind: .mou, titleTh: "บันทึกความเข้าใจ", titleEn: nil,
                                        parties: [.init(th: "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", en: "MDES"),
                                                  .init(th: "กระทรวงการพัฒนาดิจิทัลคาซัคสถาน", en: nil)],
                                        counterparts: ["KZ"], areas: [.digitalGovernment])
        #expect(d.composedTh && d.composedEn)
        #expect(d.th == "บันทึกความเข้าใจ กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม – กระทรวงการพัฒนาดิจิทัลคาซัคสถาน ด้าน\(Area.digitalGovernment.labelTh)")
        #expect(d.en == "MOU: MDES – Kazakhstan, digital government and public services")
    }

    @Test func anArticlesNameIsKeptAndOnlyTheMissingLanguageIsComposed() {
        let d = InstrumentTitle.display(kind: .moc, titleTh: "บันทึกความร่วมมือด้านความมั่นคงปลอดภัยไซเบอร์ระหว่างไทยและญี่ปุ่น", titleEn: nil,
                                        parties: [], counterparts: ["JP"], areas: [.cybersecurity])
        #expect(!d.composedTh && d.composedEn)
        #expect(d.th == "บันทึกความร่วมมือด้านความมั่นคงปลอดภัยไซเบอร์ระหว่างไทยและญี่ปุ่น")
        #expect(d.en.hasPrefix("MOC: Thailand – Japan"))
        // Two names of one agency count once; the partner stands in for a foreign party without an English name.
        let twice = InstrumentTitle.display(kind: .loi, titleTh: nil, titleEn: nil,
                                            parties: [.init(th: "ดศ.", en: "MDES"), .init(th: "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", en: "MDES"),
                                                      .init(th: "กระทรวงดิจิทัล วัฒนธรรม สื่อ และการกีฬา", en: nil)],
                                            counterparts: ["GB"], areas: [])
        #expect(twice.en == "Letter of intent: MDES – United Kingdom")
        #expect(twice.th == "หนังสือแสดงเจตจำนง ดศ. – กระทรวงดิจิทัล วัฒนธรรม สื่อ และการกีฬา")
        let none = InstrumentTitle.display(kind: .agreement, titleTh: nil, titleEn: nil, parties: [], counterparts: [], areas: [])
        #expect(none.th == "ความตกลง (ไม่ระบุคู่ภาคี)" && none.en == "Agreement (parties not named)")
    }
}

@Suite struct ThaiAgenciesTests {
    @Test func theListIsLoadedWithUniqueCodesAndKnownParents() {
        #expect(ThaiAgencies.all.count >= 300)
        #expect(ThaiAgencies.byCode.count == ThaiAgencies.all.count)
        for a in ThaiAgencies.all { if let p = a.parent { #expect(ThaiAgencies.byCode[p] != nil, "\(a.code) → \(p)") } }
    }

    @Test func namesShortFormsAndDescriptionsNormalise() {
        #expect(ThaiAgencies.match("ดีอีเอส")?.code == "MDES")
        #expect(ThaiAgencies.match("กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม")?.code == "MDES")
        #expect(ThaiAgencies.match("กระทรวงการต่างประเทศ")?.code == "MFA")
        #expect(ThaiAgencies.match("Ministry of Foreign Affairs")?.code == "MFA")
        // A department named with its ministry is the department.
        #expect(ThaiAgencies.match("กรมส่งเสริมการค้าระหว่างประเทศ กระทรวงพาณิชย์")?.code == "DITP")
        #expect(ThaiAgencies.match("บริษัท ไทยเบฟเวอเรจ จำกัด (มหาชน)") == nil)
        #expect(ThaiAgencies.match("") == nil)
        // Only Thai parties are agencies.
        #expect(ThaiAgencies.code(forParty: Party(name: "Ministry of Foreign Affairs", country: "JP")) == nil)
        #expect(ThaiAgencies.code(forParty: Party(name: "กระทรวงการต่างประเทศ", country: "TH")) == "MFA")
    }

    @Test func aMinistryIncludesItsDepartments() {
        let commerce = ThaiAgencies.withDescendants("MOC")
        #expect(commerce.first == "MOC" && commerce.contains("DITP"))
        #expect(!commerce.contains("MFA"))
        #expect(ThaiAgencies.find("mdes")?.code == "MDES" && ThaiAgencies.find("ดีอี")?.code == "MDES")
    }
}
