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

    /// A made-up cabinet summary: three numbered decisions, the second a report of a meeting's results.
    static let summary = """
    สรุปข่าวการประชุมคณะรัฐมนตรี 10 ตุลาคม 2566
    วันนี้ (10 ตุลาคม 2566) เวลา 09.00 น. ณ ทำเนียบรัฐบาล มีการประชุมคณะรัฐมนตรี
    1. เรื่อง ร่างบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการท่องเที่ยวระหว่างไทยกับเวียดนาม
    คณะรัฐมนตรีมีมติเห็นชอบร่างบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการท่องเที่ยวระหว่างไทยกับเวียดนาม และอนุมัติให้รัฐมนตรีว่าการกระทรวงการท่องเที่ยวและกีฬาเป็นผู้ลงนาม ตามที่กระทรวงการท่องเที่ยวและกีฬาเสนอ
    2. เรื่อง ผลการประชุมรัฐมนตรีเศรษฐกิจอาเซียน ครั้งที่ 55
    คณะรัฐมนตรีมีมติรับทราบและเห็นชอบตามที่กระทรวงพาณิชย์เสนอ ดังนี้
    กระทรวงพาณิชย์รายงานว่า ที่ประชุมรัฐมนตรีเศรษฐกิจอาเซียนเมื่อวันที่ 20 สิงหาคม 2566 ณ กรุงจาการ์ตา ได้ให้การรับรองแถลงการณ์ร่วมว่าด้วยการพัฒนาเศรษฐกิจดิจิทัลของอาเซียน [คณะรัฐมนตรีมีมติ (8 สิงหาคม 2566) เห็นชอบร่างแถลงการณ์ร่วมดังกล่าวแล้ว] ซึ่งจะช่วยส่งเสริมการค้าในภูมิภาค
    3. เรื่อง กรอบการเจรจาความตกลงการค้าเสรีระหว่างไทยกับสหภาพยุโรป
    คณะรัฐมนตรีมีมติเห็นชอบกรอบการเจรจาความตกลงการค้าเสรีระหว่างไทยกับสหภาพยุโรป ตามที่กระทรวงพาณิชย์เสนอ เพื่อใช้ในการเจรจาต่อไป
    """

    @Test func aReportOfAMeetingTellsWhatTheMeetingAdopted() throws {
        let e = extract(Self.summary)
        let mou = try #require(e.agreements.first { $0.instrument == .mou })
        #expect(mou.event == .cabinetApproval)
        #expect(mou.eventDate?.iso == "2023-10-10")
        // The statement's draft was approved in August; the meeting the cabinet now hears of adopted it.
        let statement = try #require(e.agreements.first { $0.instrument == .declaration })
        #expect(statement.event == .adoption)
        #expect(statement.eventDate?.iso == "2023-08-20")
    }

    @Test func approvingANegotiatingPositionIsAPlan() throws {
        let e = extract(Self.summary)
        let fta = try #require(e.agreements.first { $0.instrument == .agreement })
        #expect(fta.event == .plan)
        #expect(fta.counterparts == ["EU"])
    }

    @Test func aCountedListOfOutcomeDocumentsMakesEachAnInstrument() {
        let text = """
        สรุปข่าวการประชุมคณะรัฐมนตรี 15 สิงหาคม 2566
        1. เรื่อง การแต่งตั้งข้าราชการ
        คณะรัฐมนตรีมีมติอนุมัติการแต่งตั้งข้าราชการตามที่กระทรวงมหาดไทยเสนอ จำนวน 3 ราย เพื่อให้การบริหารราชการเป็นไปอย่างต่อเนื่อง
        2. เรื่อง การให้ความเห็นชอบเอกสารผลลัพธ์ด้านเศรษฐกิจสำหรับการประชุมรัฐมนตรีเศรษฐกิจอาเซียน
        คณะรัฐมนตรีมีมติเห็นชอบตามที่กระทรวงพาณิชย์เสนอ ดังนี้
        2. กระทรวงพาณิชย์ขอเสนอเอกสารผลลัพธ์ด้านเศรษฐกิจ จำนวน 4 ฉบับ ที่จะมีการรับรองในการประชุม ดังนี้
        2.1 ร่างยุทธศาสตร์อาเซียนเพื่อความเป็นกลางทางคาร์บอน (ASEAN Strategy for Carbon Neutrality) เป็นกรอบการทำงาน
        2.2 ร่างกรอบความร่วมมือด้านเศรษฐกิจภาคทะเลของอาเซียน (ASEAN Blue Economy Framework) เป็นแนวทางการพัฒนา
        2.3 ร่างรายงานการศึกษากรอบความตกลงเศรษฐกิจดิจิทัลอาเซียน (Study on the ASEAN DEFA)
        2.4 ร่างแถลงการณ์ผู้นำว่าด้วยการจัดทำกรอบความตกลงเศรษฐกิจดิจิทัลอาเซียน (Leaders' Statement on the ASEAN DEFA)
        3. เรื่อง การประชุมคณะกรรมการร่วม
        คณะรัฐมนตรีมีมติรับทราบผลการประชุมคณะกรรมการร่วมตามที่กระทรวงการต่างประเทศเสนอ โดยไม่มีประเด็นอื่นเพิ่มเติม
        """
        let e = extract(text)
        // Three documents are instruments, the study report is not; none of them names an instrument word.
        let listed = e.agreements.filter { $0.event == .cabinetApproval }
        #expect(listed.count == 3)
        #expect(listed.filter { $0.instrument == .other }.count == 2)
        #expect(listed.filter { $0.instrument == .declaration }.count == 1)
        #expect(listed.allSatisfy { $0.counterparts.contains("ASEAN") })
    }

    @Test func anUncountedListOfPlansIsNotReadAsInstruments() {
        let text = """
        สรุปข่าวการประชุมคณะรัฐมนตรี 15 สิงหาคม 2566
        1. เรื่อง แผนพัฒนาจังหวัด
        คณะรัฐมนตรีมีมติเห็นชอบแผนพัฒนาจังหวัดตามที่กระทรวงมหาดไทยเสนอ ประกอบด้วยโครงการสำคัญ ดังนี้
        2.1 ร่างยุทธศาสตร์การพัฒนาการท่องเที่ยวของจังหวัดเชียงใหม่ ระยะ 5 ปี
        2.2 ร่างกรอบการพัฒนาโครงสร้างพื้นฐานของจังหวัดเชียงราย
        2. เรื่อง การแต่งตั้งข้าราชการ
        คณะรัฐมนตรีมีมติอนุมัติการแต่งตั้งข้าราชการตามที่กระทรวงมหาดไทยเสนอ จำนวน 3 ราย
        3. เรื่อง การแต่งตั้งกรรมการ
        คณะรัฐมนตรีมีมติอนุมัติการแต่งตั้งกรรมการตามที่สำนักนายกรัฐมนตรีเสนอ จำนวน 5 ราย
        """
        #expect(extract(text).agreements.isEmpty)
    }

    @Test func thaiAgenciesInTheSentenceAreParties() throws {
        let e = extract("วันที่ 5 มิถุนายน 2566 กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอี) ลงนามบันทึกความเข้าใจด้านความมั่นคงปลอดภัยไซเบอร์ กับกระทรวงการต่างประเทศญี่ปุ่น โดยมีกรมส่งเสริมการค้าระหว่างประเทศร่วมเป็นสักขีพยาน")
        let a = try #require(e.agreements.first)
        let thai = a.parties.filter { $0.country == "TH" }.map(\.name)
        #expect(thai.first == "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม")
        #expect(thai.contains("กรมส่งเสริมการค้าระหว่างประเทศ"))
        // Japan's foreign ministry shares a Thai ministry's name: it is not a Thai party.
        #expect(!thai.contains { $0.hasPrefix("กระทรวงการต่างประเทศ") })
        #expect(a.counterparts == ["JP"])
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
