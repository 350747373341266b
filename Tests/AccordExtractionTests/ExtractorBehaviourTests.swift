import Testing
import AccordCore
import AccordExtraction

/// Behaviour on short texts written for the rule they exercise.
@Suite struct ExtractorBehaviourTests {
    func extract(_ text: String) -> Extraction { Extractor().extract(ArticleReader.read(text: text)) }

    @Test func englishPastedText() throws {
        let e = extract("""
        Thailand and Japan sign digital cooperation memorandum

        Bangkok, 12 March 2024 - Mr. Somchai Jaidee, Minister of Digital Economy and Society, and H.E. Mr. Taro Yamada, Ambassador of Japan to Thailand, today signed a Memorandum of Cooperation between the Ministry of Digital Economy and Society of the Kingdom of Thailand and the Ministry of Internal Affairs and Communications of Japan on digital technology at Government House. The memorandum will remain in force for five years.
        """)
        #expect(e.source.language == .en)
        let a = try #require(e.agreements.first)
        #expect(a.instrument == .moc)
        #expect(a.event == .signing)
        #expect(a.eventDate?.iso == "2024-03-12")
        #expect(a.counterparts == ["JP"])
        #expect(a.durationYears == 5)
        #expect(a.place == "Government House")
        #expect(a.signatories.map(\.name) == ["Somchai Jaidee", "Taro Yamada"])
        #expect(a.signatories.map(\.country) == ["TH", "JP"])
    }

    @Test func passingMentionIsNotNews() {
        let e = extract("นายกรัฐมนตรีกล่าวว่า ไทยกับอินเดียได้ลงนามบันทึกความเข้าใจด้านการศึกษา เมื่อวันที่ 1 มิถุนายน 2548 และมีความร่วมมือต่อเนื่อง\nวันที่ 3 มีนาคม 2562")
        #expect(!e.isAgreementNews)
        #expect(extract("ประชุมคณะกรรมการภายใต้บันทึกความเข้าใจ เพื่อติดตามความคืบหน้า").isAgreementNews == false)
    }

    @Test func plannedSigningAndCabinetApproval() throws {
        let plan = extract("วันที่ 3 มีนาคม 2566 กระทรวงพาณิชย์จะลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการค้า ระหว่างกระทรวงพาณิชย์กับกระทรวงการค้าของเวียดนาม")
        #expect(plan.agreements.first?.event == .plan)
        #expect(plan.agreements.first?.counterparts == ["VN"])
        let cab = extract("ครม. มีมติเห็นชอบร่างบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการท่องเที่ยว ระหว่างกระทรวงการท่องเที่ยวและกีฬาแห่งราชอาณาจักรไทย และกระทรวงวัฒนธรรมและการท่องเที่ยวแห่งสาธารณรัฐอุซเบกิสถาน")
        let a = try #require(cab.agreements.first)
        #expect(a.event == .cabinetApproval)
        #expect(a.counterparts == ["UZ"])
        #expect(a.signatories.isEmpty)
    }

    @Test func renewalAndDurationAndSpokesperson() throws {
        let e = extract("วันนี้ (4 ก.ค. 65) นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์ ลงนามหนังสือต่ออายุบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการค้าระหว่างไทยกับเดนมาร์ก มีระยะเวลา 3 ปี\nนางสาวสุดา ดีงาม รองโฆษกประจำสำนักนายกรัฐมนตรี กล่าวว่า การลงนามครั้งนี้เป็นประโยชน์")
        let a = try #require(e.agreements.first)
        #expect(a.event == .renewal)
        #expect(a.eventDate?.iso == "2022-07-04")
        #expect(a.durationYears == 3)
        #expect(a.counterparts == ["DK"])
        #expect(a.signatories.map(\.name) == ["สมชาย ใจดี"])
    }

    @Test func cabinetSummaryItemsAreSeparateRecords() {
        var text = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-สรุปข่าวการประชุมคณะรัฐมนตรี 5 มีนาคม 2562\n\nวันอังคารที่ 5 มีนาคม 2562\n"
        text += "วันนี้ (5 มีนาคม 2562) เวลา 09.00 น. ณ ทำเนียบรัฐบาล มีการประชุมคณะรัฐมนตรี สรุปสาระสำคัญดังนี้\n"
        text += "1. เรื่อง ร่างกฎกระทรวงว่าด้วยการจัดเก็บค่าธรรมเนียม\nคณะรัฐมนตรีมีมติอนุมัติหลักการร่างกฎกระทรวงตามที่กระทรวงการคลังเสนอ ซึ่งเป็นการปรับปรุงอัตราค่าธรรมเนียมให้เหมาะสมกับสถานการณ์ปัจจุบัน และลดภาระของประชาชน\n"
        text += "2. เรื่อง ร่างบันทึกความเข้าใจว่าด้วยความร่วมมือด้านเกษตร ระหว่างกระทรวงเกษตรและสหกรณ์แห่งราชอาณาจักรไทยกับกระทรวงเกษตรแห่งสาธารณรัฐเปรู\nคณะรัฐมนตรีมีมติเห็นชอบร่างบันทึกความเข้าใจดังกล่าว และอนุมัติให้รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์เป็นผู้ลงนาม\n"
        text += "3. เรื่อง ร่างความตกลงว่าด้วยการบริการเดินอากาศ ระหว่างรัฐบาลแห่งราชอาณาจักรไทยกับรัฐบาลแห่งรัฐกาตาร์\nคณะรัฐมนตรีมีมติเห็นชอบร่างความตกลงดังกล่าว และให้กระทรวงคมนาคมดำเนินการต่อไป โดยให้กระทรวงการต่างประเทศจัดทำหนังสือมอบอำนาจเต็ม\n"
        text += "\nที่มา : https://www.thaigov.go.th/news/contents/details/1"
        let e = extract(text)
        #expect(e.agreements.count == 2)
        #expect(e.agreements.map(\.event) == [.cabinetApproval, .cabinetApproval])
        #expect(e.agreements.map(\.counterparts) == [["PE"], ["QA"]])
        #expect(e.agreements.map(\.instrument) == [.mou, .agreement])
        #expect(e.agreements.allSatisfy { $0.eventDate?.iso == "2019-03-05" })
    }

    @Test func entryIntoForceIsItsOwnEvent() throws {
        let e = extract("อธิบดีกรมสรรพากร เปิดเผยว่า ความตกลงเพื่อการเว้นการเก็บภาษีซ้อนระหว่างประเทศไทย – สาธารณรัฐเช็ก มีผลบังคับใช้แล้ว ตั้งแต่วันที่ 26 ธันวาคม 2560")
        let a = try #require(e.agreements.first)
        #expect(a.instrument == .agreement)
        #expect(a.event == .entryIntoForce)
        #expect(a.eventDate?.iso == "2017-12-26")
        #expect(a.counterparts == ["CZ"])
        #expect(extract("ความตกลงฉบับนี้มีผลใช้บังคับ 5 ปี").isAgreementNews == false)
    }

    @Test func listItemsNamedInEnglishAreInstruments() {
        let e = extract("นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์ ร่วมเป็นสักขีพยานในพิธีลงนามความร่วมมือ ระหว่างสำนักงานส่งเสริมการค้า กับหน่วยงานเอกชน เมื่อวันที่ 4 มีนาคม 2566 ณ กรุงเทพฯ โดยมีดังนี้ 1) Memorandum of Understanding on Cloud Services กับ บริษัท ฟ้าใส (ประเทศไทย) จำกัด 2) บันทึกข้อตกลงความร่วมมือว่าด้วยการพัฒนาโครงข่าย กับ บริษัท ทะเลคราม จำกัด 3) THE MEMORANDUM OF UNDERSTANDING ON SMART FARMING กับ UNIVERSITY OF MALAYSIA")
        #expect(e.agreements.map(\.instrument) == [.mou, .moa, .mou])
        #expect(e.agreements.map(\.counterparts) == [[], [], ["MY"]])
        #expect(e.agreements.allSatisfy { $0.event == .signing && $0.eventDate?.iso == "2023-03-04" })
    }

    @Test func totalAfterTheParties() {
        let e = extract("วันนี้ (5 มี.ค. 66) นายกรัฐมนตรีเป็นสักขีพยานในพิธีลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านนวัตกรรม ระหว่างบริษัท ตัวอย่าง (ประเทศไทย) จำกัด และหน่วยงานพันธมิตรจากสาธารณรัฐสิงคโปร์ รวม 3 ฉบับ ประกอบด้วย ความร่วมมือด้านสตาร์ทอัพ และเมืองอัจฉริยะ")
        #expect(e.agreements.count == 3)
        #expect(e.agreements.allSatisfy { $0.counterparts == ["SG"] && $0.eventDate?.iso == "2023-03-05" })
        let past = extract("วันนี้ (5 มี.ค. 66) นายกรัฐมนตรีเป็นสักขีพยานในพิธีลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านนวัตกรรม ระหว่างไทยกับสิงคโปร์ ซึ่งที่ผ่านมาทั้งสองประเทศลงนามกันแล้ว รวม 6 ฉบับ")
        #expect(past.agreements.count == 1)
    }

    @Test func todayUnderADatelineDatesTheEvent() throws {
        let text = "นายกฯ เป็นสักขีพยานการลงนาม\n\nวันจันทร์ที่ 6 มีนาคม 2566\nวันนี้ เวลา 10.00 น. ณ กรุงปารีส นายกรัฐมนตรีร่วมเป็นสักขีพยานในพิธีลงนามบันทึกความเข้าใจด้านการค้า ระหว่างกรมส่งเสริมการค้าระหว่างประเทศ กับหอการค้าฝรั่งเศส"
        let a = try #require(extract(text).agreements.first)
        #expect(a.eventDate?.iso == "2023-03-06")
        #expect(!a.eventDateIsPublished)
        let undated = try #require(extract(text.replacingOccurrences(of: "วันนี้ เวลา 10.00 น. ", with: "")).agreements.first)
        #expect(undated.eventDateIsPublished)
    }

    @Test func aSigningWelcomedDuringACallIsUndated() throws {
        let call = "นายกฯ รับการเยี่ยมคารวะ\n\nวันพุธที่ 3 มกราคม 2567\nวันนี้ (3 มกราคม 2567) เอกอัครราชทูตฝรั่งเศสประจำประเทศไทย เข้าเยี่ยมคารวะนายกรัฐมนตรี ณ ทำเนียบรัฐบาล\n"
        let welcomed = try #require(extract(call + "ในตอนท้าย นายกรัฐมนตรียินดีที่ภาคเอกชนไทยและฝรั่งเศสได้ลงนามในบันทึกความเข้าใจเพื่อพัฒนาความร่วมมือทางธุรกิจ").agreements.first)
        #expect(welcomed.event == .signing)
        #expect(welcomed.eventDateIsPublished)
        let reported = try #require(extract(call + "ในโอกาสนี้ ภาคเอกชนไทยและฝรั่งเศสได้ลงนามในบันทึกความเข้าใจเพื่อพัฒนาความร่วมมือทางธุรกิจ").agreements.first)
        #expect(reported.eventDate?.iso == "2024-01-03")
        #expect(!reported.eventDateIsPublished)
    }

    @Test func theSameMinistryOnBothSidesDoesNotMakeTheSignerForeign() throws {
        let e = extract("วันที่ 14 ธันวาคม 2566 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงยุติธรรม ได้ลงนามในบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการยุติธรรม ระหว่างกระทรวงยุติธรรมแห่งราชอาณาจักรไทย กับกระทรวงยุติธรรมแห่งสาธารณรัฐประชาธิปไตยประชาชนลาว")
        let a = try #require(e.agreements.first)
        #expect(a.counterparts == ["LA"])
        #expect(a.signatories.first?.name == "สมชาย ใจดี")
        #expect(a.signatories.first?.country == "TH")
    }

    @Test func workUnderANamedInstrumentIsImplementation() throws {
        let e = extract("วันที่ 16 สิงหาคม 2566 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงแรงงาน หารือกับรัฐมนตรีแรงงานเวียดนาม โดยที่ประชุมเห็นชอบให้นำเข้าแรงงานตาม MOU จากประเทศเวียดนาม เป็นเวลา 2 ปี")
        let a = try #require(e.agreements.first)
        #expect(a.event == .implementation)
        #expect(a.counterparts == ["VN"])
        #expect(a.signatories.isEmpty)
        #expect(a.durationYears == nil)
        // No partner named: a domestic committee talking about "the MOU system" reports no instrument event.
        #expect(!extract("ที่ประชุมคณะกรรมการได้พิจารณาให้แรงงานต่างด้าวเข้ามาทำงานตามระบบ MOU เพิ่มเติม").isAgreementNews)
    }

    @Test func agreedWordingIsAPlan() throws {
        let e = extract("วันที่ 27 ตุลาคม 2566 นายกรัฐมนตรียินดีที่ได้ทราบว่าทั้งสองฝ่ายได้เห็นพ้องในส่วนของถ้อยคำในความตกลงความร่วมมือด้านการท่องเที่ยวไทย-โปแลนด์")
        let a = try #require(e.agreements.first)
        #expect(a.event == .plan)
        #expect(a.counterparts == ["PL"])
        #expect(!extract("ออสเตรเลียกล่าวขอบคุณไทยที่ให้การสนับสนุนร่างถ้อยคำในปฏิญญาซิดนีย์").isAgreementNews)
    }

    @Test func draftingTalkNamesNoSigner() throws {
        let e = extract("วันที่ 4 เมษายน 2566 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงดิจิทัลฯ หารือกับรัฐมนตรีการค้าของสหราชอาณาจักร ทั้งนี้ จะมีการจัดทำบันทึกความเข้าใจว่าด้วยความร่วมมือด้านดิจิทัลระหว่างไทยและสหราชอาณาจักร")
        let a = try #require(e.agreements.first)
        #expect(a.event == .plan)
        #expect(a.eventDate?.iso == "2023-04-04")
        #expect(a.signatories.isEmpty)
    }

    @Test func bodiesOfStatesAndSpellingVariants() throws {
        let seameo = extract("คณะรัฐมนตรีมีมติเห็นชอบร่างบันทึกความตกลงในการจัดตั้งศูนย์ระดับภูมิภาคด้านการศึกษาของซีมีโอที่ประเทศไทย")
        #expect(seameo.agreements.first?.counterparts == ["SEAMEO"])
        let eaeu = extract("วันที่ 19 พฤศจิกายน 2566 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์ ลงนามบันทึกความร่วมมือระหว่างรัฐบาลแห่งราชอาณาจักรไทยและคณะกรรมาธิการเศรษฐกิจยูเรเชีย")
        #expect(eaeu.agreements.first?.counterparts == ["EAEU"])
        let morocco = extract("วันที่ 12 กรกฎาคม 2566 ได้เดินทางไปกระทรวงศึกษาธิการแห่งชาติ เพื่อลงนามในบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการศึกษา ระหว่างประเทศไทย และประเทศโมรอกโก")
        #expect(morocco.agreements.first?.counterparts == ["MA"])
    }

    @Test func aSecondListContinuesTheFirstWithATermForAll() {
        var text = "วันที่ 25 สิงหาคม 2566 กระทรวงฯ ลงนามบันทึกความเข้าใจกับจีน 4 ฉบับ ได้แก่ 1) บันทึกข้อตกลงว่าด้วยเคเบิลใต้น้ำ ระหว่างบริษัท ฟ้าใส จำกัด กับบริษัท Blue Sea ของจีน 2) บันทึกความเข้าใจว่าด้วยศูนย์ข้อมูล ระหว่างบริษัท ฟ้าใส จำกัด กับบริษัท Blue Sea ของจีน\n"
        text += "อีก 2 ฉบับ เป็นความร่วมมือของสำนักงานส่งเสริมเศรษฐกิจดิจิทัล ได้แก่ 1) ความร่วมมือในการพัฒนาสนามทดสอบ (MEMORANDUM OF UNDERSTANDING ON A TESTBED) ระหว่างสำนักงานฯ และบริษัท Red Hill ของจีน\n"
        text += "2) ความร่วมมือในการพัฒนาเมืองอัจฉริยะ (MEMORANDUM OF UNDERSTANDING ON SMART CITIES) ระหว่างสำนักงานฯ และบริษัท Red Hill ของจีน โดยความร่วมมือทั้ง 2 ฉบับนี้ มีกำหนดระยะเวลาความร่วมมือ 2 ปี"
        let e = extract(text)
        #expect(e.agreements.map(\.instrument) == [.moa, .mou, .mou, .mou])
        #expect(e.agreements.allSatisfy { $0.event == .signing && $0.counterparts == ["CN"] })
        #expect(e.agreements.map(\.durationYears) == [nil, nil, 2, 2])
    }

    @Test func lastMonthsCabinetMeetingDatesItsApproval() throws {
        let text = "กระทรวงดิจิทัลฯ ประชุมผู้บริหาร\n\nวันศุกร์ที่ 2 มิถุนายน 2566\nนายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงดิจิทัลฯ เปิดเผยภายหลังการประชุมผู้บริหาร เมื่อวันที่ 1 มิถุนายน 2566 ว่า จากการประชุมคณะรัฐมนตรี เมื่อวันที่ 30 พฤษภาคมที่ผ่านมา ครม.มีมติเห็นชอบและอนุมัติให้มีการลงนามบันทึกความร่วมมือระหว่างกระทรวงกิจการภายในและการสื่อสาร ประเทศญี่ปุ่น และกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
        let a = try #require(extract(text).agreements.first)
        #expect(a.event == .cabinetApproval)
        #expect(a.instrument == .moc)
        #expect(a.eventDate?.iso == "2023-05-30")
        #expect(a.signatories.isEmpty)
        #expect(!extract("ความร่วมมือที่ผ่านมา ไทยและญี่ปุ่นได้ลงนามบันทึกความร่วมมือด้านดิจิทัล").isAgreementNews)
    }

    @Test func anAgreementRenewingAnMOUIsTheMOUsRenewal() throws {
        let e = extract("วันที่ 11 ตุลาคม 2566 นายกรัฐมนตรีทั้งสองฝ่ายได้ร่วมเป็นสักขีพยานในการลงนาม ดังนี้\n(1) ความตกลงในการต่ออายุบันทึกความเข้าใจว่าด้วยความร่วมมือระบบรางไทย - เกาหลีใต้ ซึ่งลงนามโดยรัฐมนตรีว่าการกระทรวงคมนาคม\n(2) บันทึกความเข้าใจว่าด้วยความร่วมมือด้านการศึกษาไทย - เกาหลีใต้ ซึ่งลงนามโดยปลัดกระทรวงศึกษาธิการของทั้งสองฝ่าย")
        #expect(e.agreements.map(\.instrument) == [.mou, .mou])
        #expect(e.agreements.map(\.event) == [.renewal, .signing])
        #expect(e.agreements.allSatisfy { $0.counterparts == ["KR"] })
    }

    @Test func aLaterOccasionParagraphDatesTheSigning() throws {
        let text = "ไทย - กัมพูชา ลงนามบันทึกความเข้าใจ\n\nวันศุกร์ที่ 2 กุมภาพันธ์ 2567\nกระทรวงทรัพยากรธรรมชาติฯ และกระทรวงสิ่งแวดล้อมแห่งราชอาณาจักรกัมพูชา ร่วมลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือในการจัดการพื้นที่คุ้มครองข้ามพรมแดน\nความร่วมมือนี้ช่วยอนุรักษ์ความหลากหลายทางชีวภาพ\nทั้งสองฝ่ายจะประชุมร่วมกันทุกปี\nโอกาสนี้ (๓๑ มกราคม ๒๕๖๗) รัฐมนตรีทั้งสองประเทศได้ร่วมเป็นสักขีพยาน"
        let a = try #require(extract(text).agreements.first)
        #expect(a.eventDate?.iso == "2024-01-31")
        #expect(!a.eventDateIsPublished)
    }

    @Test func peopleIntroducedByDoiMiAndClosedBySignerPhraseSign() throws {
        let e = extract("วันที่ 31 มกราคม 2567 รัฐมนตรีทั้งสองประเทศร่วมเป็นสักขีพยานในการลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านป่าไม้ ระหว่างกรมป่าไม้แห่งราชอาณาจักรไทย กับกรมป่าไม้แห่งราชอาณาจักรกัมพูชา โดยมีนายสมชาย ใจดี อธิบดีกรมป่าไม้ แห่งราชอาณาจักรไทย และ H.E. Sok Dara อธิบดีกรมป่าไม้ แห่งราชอาณาจักรกัมพูชา เป็นผู้ลงนามร่วมกัน")
        let a = try #require(e.agreements.first)
        #expect(a.signatories.filter { $0.role == .signatory }.map(\.name).contains("สมชาย ใจดี"))
    }

    func thaiSigners(_ a: Agreement) -> [String] {
        a.signatories.filter { $0.role == .signatory && $0.country == "TH" }.map(\.name)
    }

    @Test func bothSidesSigningNamesThePeopleIntroducedBefore() throws {
        let text = "ไทย-มาเลเซียร่วมลงนามบันทึกความเข้าใจด้านการศึกษา\n\nวันจันทร์ที่ 5 กุมภาพันธ์ 2567\nวันนี้ (5 ก.พ. 67) นายวิชัย ศรีสุข รัฐมนตรีว่าการกระทรวงศึกษาธิการเดินทางเยือนมาเลเซีย และหารือกับ Dato' Ahmad Ali รัฐมนตรีศึกษาธิการมาเลเซีย\nทั้งสองฝ่ายหารือเรื่องการแลกเปลี่ยนครู\nจากนั้น ทั้งสองฝ่ายได้ร่วมกันลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการศึกษาระหว่างไทยกับมาเลเซีย"
        let a = try #require(extract(text).agreements.first)
        #expect(a.event == .signing)
        #expect(thaiSigners(a) == ["วิชัย ศรีสุข"])
        // The position stops at the glued verb, so the minister is not taken for a Malaysian.
        #expect(a.signatories.first { $0.name == "วิชัย ศรีสุข" }?.position == "รัฐมนตรีว่าการกระทรวงศึกษาธิการ")
        // "ทั้งสองฝ่ายมีการลงนาม…" in passing does not make the article's lead person a signer.
        let other = "ไทย-รัสเซียประชุมคณะกรรมาธิการร่วม\n\nวันจันทร์ที่ 5 กุมภาพันธ์ 2567\nวันนี้ (5 ก.พ. 67) นายวิชัย ศรีสุข รัฐมนตรีว่าการกระทรวงการต่างประเทศ เป็นประธานการประชุมคณะกรรมาธิการร่วมไทย-รัสเซีย\nการประชุมประสบความสำเร็จ โดยทั้งสองฝ่ายมีการลงนามความตกลงว่าด้วยความร่วมมือด้านการเกษตรระหว่างไทยกับรัสเซีย"
        let b = try #require(extract(other).agreements.first)
        #expect(thaiSigners(b).isEmpty)
    }

    @Test func anOfficeNamedAsSignerResolvesToItsHolder() throws {
        let text = "นายกรัฐมนตรีหารือกับนายกรัฐมนตรีเกาหลี\n\nวันอังคารที่ 10 ตุลาคม 2566\nวันนี้ (10 ต.ค. 66) พลเอก ประสิทธิ์ มั่นคง นายกรัฐมนตรี พร้อมด้วย นายสมศักดิ์ รักดี รองนายกรัฐมนตรี นายอนุชา ทองดี รัฐมนตรีว่าการกระทรวงคมนาคม ให้การต้อนรับนายกรัฐมนตรีเกาหลี\nภายหลังการหารือ นายกรัฐมนตรีทั้งสองฝ่ายได้ร่วมเป็นสักขีพยานในการลงนาม ดังนี้\n(1) บันทึกความเข้าใจว่าด้วยความร่วมมือด้านระบบรางไทย - เกาหลีใต้ ซึ่งลงนามโดยรัฐมนตรีว่าการกระทรวงคมนาคมกับเอกอัครราชทูตเกาหลีใต้ประจำประเทศไทย\n(2) บันทึกความเข้าใจว่าด้วยความร่วมมือด้านการศึกษาไทย - เกาหลีใต้ ซึ่งลงนามโดยปลัดกระทรวงศึกษาธิการของทั้งสองฝ่าย"
        let e = extract(text)
        #expect(e.agreements.count == 2)
        #expect(e.agreements.first.map(thaiSigners) == ["อนุชา ทองดี"])
        // Nobody in the article holds the second office: no signer rather than a guess.
        #expect(e.agreements.last.map(thaiSigners) == [])
    }

    @Test func aSpeakerAboutTheSigningIsNotItsSigner() throws {
        let text = "กระทรวงเกษตรฯ จัดพิธีลงนามบันทึกความเข้าใจการซื้อขายโคเนื้อ\n\nวันพฤหัสบดีที่ 27 กรกฎาคม 2566\nวันนี้ (27 ก.ค. 66) นายประเสริฐ ดีงาม รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ เป็นประธานในพิธีการลงนามบันทึกความเข้าใจการซื้อขายโคเนื้อ ระหว่างสหกรณ์โคเนื้อแห่งประเทศไทย กับบริษัท เอบีซี จำกัด\nด้าน นายสมปอง ใจงาม อธิบดีกรมปศุสัตว์ กล่าวว่า การลงนามบันทึกความเข้าใจการซื้อขายโคเนื้อในครั้งนี้ จะช่วยให้เกษตรกรมีตลาดที่แน่นอน"
        let a = try #require(extract(text).agreements.first)
        #expect(!thaiSigners(a).contains("สมปอง ใจงาม"))
        #expect(!thaiSigners(a).contains("ประเสริฐ ดีงาม"))
        // A speaker who says he signed with someone is the signer.
        let own = "กระทรวงดิจิทัลฯ ลงนามบันทึกความเข้าใจกับออสเตรเลีย\n\nวันพฤหัสบดีที่ 10 มกราคม 2567\nนายอรุณ แสงทอง รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม กล่าวว่า วันนี้ (10 มกราคม 2567) ได้มีพิธีลงนามร่วมกับเอกอัครราชทูตออสเตรเลียประจำประเทศไทย ในบันทึกความเข้าใจว่าด้วยความร่วมมือด้านความมั่นคงไซเบอร์ระหว่างไทยและออสเตรเลีย"
        let b = try #require(extract(own).agreements.first)
        #expect(thaiSigners(b) == ["อรุณ แสงทอง"])
    }

    @Test func signersNamedByEachSideWithDoiAndOnTheNextLine() throws {
        let between = "วันนี้ (30 พฤศจิกายน 2566) ที่กระทรวงสาธารณสุข นายแพทย์สมพร ดีมาก รัฐมนตรีว่าการกระทรวงสาธารณสุข เป็นประธานในพิธีลงนามข้อตกลงความร่วมมือระหว่าง กระทรวงสาธารณสุข โดย นายแพทย์สุวิทย์ ใจเย็น ปลัดกระทรวงสาธารณสุข กับ มหาวิทยาลัยแห่งหนึ่ง โดย ศาสตราจารย์นายแพทย์ชัยชนะ สุขใจ อธิการบดี เพื่อพัฒนาระบบบริการทางการแพทย์"
        let a = try #require(extract(between).agreements.first)
        #expect(thaiSigners(a) == ["สุวิทย์ ใจเย็น", "ชัยชนะ สุขใจ"])
        #expect(a.signatories.first { $0.name == "สมพร ดีมาก" }?.role == .witness)
        let nextLine = "กรมบังคับคดีร่วมกับกรมที่ดิน ลงนามบันทึกความตกลง\n\nวันพฤหัสบดีที่ 6 ธันวาคม 2566\nกรมบังคับคดีร่วมกับกรมที่ดิน ได้ลงนามบันทึกความตกลงว่าด้วยการรับส่งข้อมูลทางอิเล็กทรอนิกส์\nโดยมีนางสาวมาลี สวยงาม อธิบดีกรมบังคับคดี และนายชาญ ชัยชนะ รองอธิบดีกรมที่ดิน\nรักษาราชการแทนอธิบดีกรมที่ดิน เป็นผู้ลงนาม"
        let b = try #require(extract(nextLine).agreements.first)
        #expect(thaiSigners(b).contains("มาลี สวยงาม"))
    }

    @Test func aBackgroundDateInAnEarlierParagraphDoesNotDateTheSigning() throws {
        let text = "กรมการค้าต่างประเทศชี้แจงมาตรการเหล็ก\n\nวันศุกร์ที่ 25 พฤษภาคม 2561\nกรณีที่ประเทศหนึ่งประกาศใช้มาตรการเรียกเก็บอากรสินค้าเหล็กนำเข้า ตั้งแต่วันที่ 23 มีนาคม 2561 กระทรวงพาณิชย์ได้ติดตามสถานการณ์อย่างใกล้ชิด\nต่อมา กระทรวงพาณิชย์ได้ลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการค้าเหล็กระหว่างไทยกับเวียดนาม"
        let a = try #require(extract(text).agreements.first)
        #expect(a.eventDate?.iso != "2018-03-23")
        // The witnessed ceremony's own day, told in an earlier paragraph, does date it.
        let ceremony = "จุฬาฯ ลงนามความร่วมมือ\n\nวันอังคารที่ 5 กันยายน 2560\nมหาวิทยาลัยแห่งหนึ่งลงนามบันทึกความร่วมมือกับบริษัทเอกชน โดยมีนายสมชาย ใจดี รัฐมนตรีประจำสำนักนายกรัฐมนตรี ร่วมเป็นสักขีพยาน เมื่อวันที่ 4 กันยายน 2560 ณ โรงแรมแห่งหนึ่ง\nความร่วมมือนี้ช่วยพัฒนาบุคลากร\nนายวีระ ดีเด่น กล่าวด้วยว่า ภายหลังจากการลงนามในบันทึกความร่วมมือครั้งนี้แล้ว ทั้งสองฝ่ายจะร่วมกันพัฒนาหลักสูตร"
        let b = try #require(extract(ceremony).agreements.first)
        #expect(b.eventDate?.iso == "2017-09-04")
    }

    @Test func workUnderAnInstrumentWhoseTitleNamesBothCountries() throws {
        let text = "รมว.เกษตรฯ หารือเอกอัครราชทูตฟิลิปปินส์\n\nวันพุธที่ 4 เมษายน 2561\nนายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ เปิดเผยภายหลังหารือร่วมกับเอกอัครราชทูตฟิลิปปินส์ประจำประเทศไทย ว่า ทั้งสองประเทศเห็นพ้องร่วมกันผลักดันความร่วมมือภายใต้กรอบบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการเกษตรระหว่างไทย-ฟิลิปปินส์ ผ่านการประชุมคณะทำงานร่วม"
        let a = try #require(extract(text).agreements.first)
        #expect(a.event == .implementation)
        #expect(a.counterparts == ["PH"])
    }

    @Test func anEnglishTitleLongerThanTheThaiWindowIsKeptWhole() throws {
        let thai = String(repeating: "ความร่วมมือด้านเทคโนโลยีดิจิทัลและเทคโนโลยีสารสนเทศ ", count: 6)
        let text = "วันที่ 5 มีนาคม 2567 ได้ลงนามบันทึกความร่วมมือ\(thai)ระหว่างกระทรวงดิจิทัลฯ กับกระทรวงพัฒนาดิจิทัลแห่งสาธารณรัฐคาซัคสถาน (Memorandum of Cooperation between the Ministry of Digital Economy and Society of the Kingdom of Thailand and the Ministry of Digital Development, Innovation and Aerospace Industry of the Republic of Kazakhstan) ณ ทำเนียบรัฐบาล"
        let a = try #require(extract(text).agreements.first)
        #expect(a.titleEn?.hasSuffix("Republic of Kazakhstan") == true)
    }

    @Test func aLooseCooperationTakesTheKindTheBodyNames() throws {
        let named = "กรมควบคุมโรค ลงนามความร่วมมือยุติวัณโรคกับมหาวิทยาลัยแห่งหนึ่ง\n\nวันจันทร์ที่ 5 มีนาคม 2561\nวันนี้ (5 มีนาคม 2561) กรมควบคุมโรค และมหาวิทยาลัยแห่งหนึ่ง ลงนามความร่วมมือยุติวัณโรคและวัณโรคดื้อยา\nสาระสำคัญของบันทึกความร่วมมือ ประกอบด้วย 3 เรื่อง ได้แก่ 1) การจัดทำฐานข้อมูลผู้ป่วย 2) การอบรมบุคลากร 3) การวิจัย"
        #expect(try #require(extract(named).agreements.first).instrument == .moc)
        // The body's instrument is an older one, told as history: the new document's kind stays unknown.
        let history = "กระทรวงวิทยาศาสตร์ฯ ลงนามความร่วมมือฉบับใหม่กับจีน\n\nวันศุกร์ที่ 9 ธันวาคม 2559\nวันที่ 9 ธันวาคม 2559 กระทรวงวิทยาศาสตร์และเทคโนโลยี ลงนามความร่วมมือฉบับใหม่กับสถาบันบัณฑิตวิทยาศาสตร์แห่งสาธารณรัฐประชาชนจีน\nรัฐมนตรีเปิดเผยว่า เดิมกระทรวงฯ เคยลงนามในบันทึกความร่วมมือกับสถาบันดังกล่าว ตั้งแต่ปี 2549"
        #expect(try #require(extract(history).agreements.first).instrument == .other)
    }

    @Test func chinaQualifyingASpecialRegionIsNotAPartner() throws {
        let text = "วันที่ 10 พฤษภาคม 2561 ได้มีการลงนามบันทึกความเข้าใจเพื่อการสถาปนาความสัมพันธ์ฉันมิตรระหว่างจังหวัดภูเก็ต ราชอาณาจักรไทย กับเขตบริหารพิเศษมาเก๊า สาธารณรัฐประชาชนจีน"
        let a = try #require(extract(text).agreements.first)
        #expect(a.counterparts == ["MO"])
        #expect(try #require(extract("วันที่ 10 พฤษภาคม 2561 ได้มีการลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการค้า ระหว่างกระทรวงพาณิชย์ กับกระทรวงพาณิชย์แห่งสาธารณรัฐประชาชนจีน").agreements.first).counterparts == ["CN"])
    }
}
