import Testing
import AccordStore

/// The passage shown under an article found by search.
@Suite struct SnippetTests {
    let text = """
    รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ไทยลงนามความร่วมมือด้านไซเบอร์

    วันจันทร์ที่ 5 มีนาคม 2561
    ไทยลงนามความร่วมมือด้านไซเบอร์
    วันนี้ (5 มีนาคม 2561) กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม จัดพิธีลงนาม ณ ทำเนียบรัฐบาล เพื่อพัฒนาบุคลากรและแลกเปลี่ยนข้อมูล \
    ทั้งสองฝ่ายจะร่วมกันพัฒนาระบบรับมือภัยคุกคามทางไซเบอร์ และจัดการฝึกอบรมร่วมกันทุกปี ภายใต้ Cyber Security Framework
    ที่มา : http://www.thaigov.go.th/news/contents/details/1
    """

    @Test func aroundTheFirstWordOfTheBodyNotTheHeadline() throws {
        let s = try #require(ArticleHit.snippet(text: text, title: "ไทยลงนามความร่วมมือด้านไซเบอร์", query: "ไซเบอร์", radius: 40))
        #expect(s.contains("ภัยคุกคามทางไซเบอร์"))
        #expect(s.hasPrefix("…"))
        #expect(!s.contains("ที่มา"))
        #expect(!s.contains("วันจันทร์"))
    }

    @Test func latinWordsMatchWhateverTheCase() throws {
        let s = try #require(ArticleHit.snippet(text: text, title: "ไทยลงนามความร่วมมือด้านไซเบอร์", query: "cyber security", radius: 30))
        #expect(s.contains("Cyber Security"))
    }

    @Test func noWordFoundGivesTheOpening() throws {
        let s = try #require(ArticleHit.snippet(text: text, title: "ไทยลงนามความร่วมมือด้านไซเบอร์", query: "พลังงาน", radius: 30))
        #expect(s.hasPrefix("วันนี้ (5 มีนาคม 2561)"))
        #expect(s.hasSuffix("…"))
        #expect(ArticleHit.snippet(text: "", title: "x", query: "x") == nil)
    }
}
