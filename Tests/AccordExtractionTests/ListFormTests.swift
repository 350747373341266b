import Testing
import AccordCore
import AccordExtraction

/// Every list form the news uses yields its items, without numbering.
@Suite struct ListFormTests {
    func scope(_ body: String) -> [String] {
        let text = "วันที่ 3 มีนาคม 2566 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์ ได้ร่วมลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการค้า ระหว่างกระทรวงพาณิชย์แห่งราชอาณาจักรไทย กับกระทรวงการค้าแห่งญี่ปุ่น\n" + body
        let e = Extractor().extract(ArticleReader.read(text: text))
        return e.agreements.first?.scope.map(\.text) ?? []
    }

    @Test func dotLines() {
        #expect(scope("ขอบเขตความร่วมมือ ดังนี้\n1. การค้าดิจิทัล\n2. การลงทุน\n3. การพัฒนาบุคลากร") == ["การค้าดิจิทัล", "การลงทุน", "การพัฒนาบุคลากร"])
    }

    @Test func parenLines() {
        #expect(scope("มีขอบเขตความร่วมมือ อาทิ\n1) การค้าดิจิทัล\n2) การลงทุน") == ["การค้าดิจิทัล", "การลงทุน"])
    }

    @Test func bothParens() {
        #expect(scope("ขอบเขตความร่วมมือ ได้แก่ (1) การค้าดิจิทัล (2) การลงทุน (3) ด้านอื่นๆ") == ["การค้าดิจิทัล", "การลงทุน", "ด้านอื่นๆ"])
    }

    @Test func thaiDigits() {
        #expect(scope("ขอบเขตความร่วมมือ ดังนี้\n๑. การค้าดิจิทัล\n๒. การลงทุน") == ["การค้าดิจิทัล", "การลงทุน"])
    }

    @Test func inlineRunWithFinalAnd() {
        #expect(scope("ขอบเขตความร่วมมือทั้ง 3 ด้านประกอบด้วย 1.การค้าดิจิทัล 2.การลงทุนในไทยปี 2565 และ 3.สาขาอื่นๆ") == ["การค้าดิจิทัล", "การลงทุนในไทยปี 2565", "สาขาอื่นๆ"])
    }

    @Test func unnumberedWithEnglish() {
        #expect(scope("สำหรับความร่วมมือสำคัญ ประกอบด้วย การค้าดิจิทัล (Digital trade) การลงทุน (Investment) และกำลังคนทางดิจิทัล (Digital manpower)")
                == ["การค้าดิจิทัล (Digital trade)", "การลงทุน (Investment)", "กำลังคนทางดิจิทัล (Digital manpower)"])
    }

    @Test func unnumberedNominalised() {
        #expect(scope("โดยมีกรอบความร่วมมือได้แก่ การส่งเสริมการค้า อาทิ สินค้าเกษตร และอาหาร และการแลกเปลี่ยนข้อมูล รวมถึงความร่วมมือด้านการลงทุน เป็นต้น")
                == ["การส่งเสริมการค้า อาทิ สินค้าเกษตร และอาหาร", "การแลกเปลี่ยนข้อมูล", "ความร่วมมือด้านการลงทุน"])
    }

    @Test func decisionsAreNotScope() {
        #expect(scope("คณะรัฐมนตรีมีมติ ดังนี้\n1. เห็นชอบร่างบันทึกความเข้าใจ\n2. อนุมัติให้ลงนาม") == [])
    }
}
