import Testing
import AccordCore
import AccordExtraction

/// The rules for the guide's newer events and names, on made-up sentences (rules alone, no model).
@Suite struct ExtractorEventsTests {
    func extract(_ text: String) -> Extraction { Extractor(model: nil).extract(ArticleReader.read(text: text)) }

    @Test func declarationAdoptedAtAMeetingIsAnAdoption() throws {
        let e = extract("วันที่ 10 พฤศจิกายน 2565 ที่ประชุมผู้นำได้ให้การรับรองปฏิญญาว่าด้วยความร่วมมือด้านพลังงานสะอาดระหว่างอาเซียนกับญี่ปุ่น")
        let a = try #require(e.agreements.first)
        #expect(a.event == .adoption)
        #expect(a.instrument == .declaration)
        #expect(Set(a.counterparts) == ["ASEAN", "JP"])
    }

    @Test func theCabinetApprovesADraftDeclaration() throws {
        let e = extract("ครม. มีมติเห็นชอบต่อร่างแถลงการณ์ร่วมของการประชุมรัฐมนตรีเศรษฐกิจอาเซียนกับจีน และให้รัฐมนตรีว่าการกระทรวงพาณิชย์ร่วมรับรอง")
        let a = try #require(e.agreements.first)
        #expect(a.event == .cabinetApproval)
        #expect(a.instrument == .declaration)
    }

    @Test func entryIntoForceIsItsOwnEvent() throws {
        let e = extract("ความตกลงว่าด้วยการยกเว้นการเก็บภาษีซ้อนระหว่างไทยกับกัมพูชา มีผลใช้บังคับแล้วตั้งแต่วันที่ 26 ธันวาคม 2560")
        let a = try #require(e.agreements.first)
        #expect(a.event == .entryIntoForce)
        #expect(a.signatories.isEmpty)
    }

    @Test func aTermsEndIsNotTheEventsDay() throws {
        let e = extract("วันที่ 3 มีนาคม 2566\nกระทรวงพาณิชย์และกระทรวงการค้าเวียดนามได้ต่ออายุบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการค้า ระหว่างไทยกับเวียดนาม มีผลถึงวันที่ 23 กรกฎาคม 2570")
        let a = try #require(e.agreements.first)
        #expect(a.event == .renewal)
        #expect(a.eventDate?.iso != "2027-07-23")
    }

    @Test func aNationalActionPlanIsNotAnInstrument() {
        #expect(!extract("ครม. มีมติเห็นชอบร่างแผนปฏิบัติการด้านการป้องกันและปราบปรามการทุจริต ระยะที่ 2").isAgreementNews)
        // In a decision that names other instruments too (a plan of action alone does not get the article read).
        let e = extract("ครม. มีมติเห็นชอบร่างแผนปฏิบัติการอาเซียน-ญี่ปุ่นว่าด้วยความยืดหยุ่นทางเศรษฐกิจ และร่างแถลงการณ์ร่วมของการประชุมสุดยอดอาเซียน-ญี่ปุ่น")
        #expect(e.agreements.contains { $0.instrument == .other && $0.event == .cabinetApproval })
    }

    @Test func englishNamesInThaiTextAreInstruments() throws {
        let e = extract("ครม. มีมติเห็นชอบต่อร่างเอกสาร Joint Statement on Digital Cooperation between ASEAN and Japan")
        let a = try #require(e.agreements.first)
        #expect(a.instrument == .declaration)
        #expect(a.event == .cabinetApproval)
    }

    @Test func unAgenciesGoByTheirOwnAcronym() throws {
        let e = extract("วันที่ 5 มิถุนายน 2566 กระทรวงยุติธรรมได้ลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือ ระหว่างกระทรวงยุติธรรมกับสำนักงานว่าด้วยยาเสพติดและอาชญากรรมแห่งสหประชาชาติ")
        let a = try #require(e.agreements.first)
        #expect(a.counterparts == ["UNODC"])
    }
}

@Suite struct GroupingsTests {
    @Test func aGroupingStandsForItsMembers() throws {
        let e = Extractor(model: nil).extract(ArticleReader.read(text: "ครม. มีมติเห็นชอบร่างแถลงการณ์ร่วมของการประชุมรัฐมนตรีเศรษฐกิจอาเซียนบวกสาม ว่าด้วยความมั่นคงทางอาหาร"))
        let a = try #require(e.agreements.first)
        #expect(a.counterparts == ["ASEAN", "CN", "JP", "KR"])
        // A person or party takes the grouping's first member, never the joined code.
        for p in a.parties { #expect(p.country?.contains("+") != true) }
    }
}

@Suite struct CounterpartNameTests {
    @Test func codesThaiAndEnglishNamesResolve() {
        #expect(CounterpartName.resolve("jp") == .code("JP"))
        #expect(CounterpartName.resolve("Japan") == .code("JP"))
        #expect(CounterpartName.resolve("ญี่ปุ่น") == .code("JP"))
        #expect(CounterpartName.resolve("ASEAN") == .code("ASEAN"))
        #expect(CounterpartName.resolve("อาเซียน") == .code("ASEAN"))
    }

    @Test func unknownNamesGetSuggestions() throws {
        guard case .unknown(let suggestions) = CounterpartName.resolve("Japn") else { Issue.record("Japn resolved"); return }
        #expect(suggestions.contains { $0.contains("(JP)") })
        #expect(CounterpartName.resolve("XX") != .code("XX"))
    }
}
