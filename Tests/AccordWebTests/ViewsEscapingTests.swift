import AccordCore
import AccordStore
import Testing
@testable import AccordWeb

@Suite("Views: escaping")
struct ViewsEscapingTests {
    @Test("hostile text is escaped on every page, in text and attributes", arguments: [Language.th, .en])
    func hostileEverywhere(_ l: Language) {
        for (name, html) in Fixture.allPages(l, text: Fixture.hostile) {
            #expect(!html.contains("<script"), "\(name): raw <script>")
            #expect(!html.contains("<img"), "\(name): raw <img> from an attribute breakout")
            if name != "areaList" {  // the area list shows no free text
                #expect(html.contains("&lt;script&gt;"), "\(name): hostile text not shown escaped")
            }
        }
    }

    @Test("hostile path, query and csrf token are escaped")
    func hostileContext() {
        let ctx = PageContext(language: .th, path: "/x\"><script>", query: [QueryItem("a\"<", "<script>")], csrf: "\"><script>", signedIn: true, today: Fixture.today)
        let html = Views.signIn(error: nil, next: "//evil.example/\"><script>", context: ctx)
        #expect(!html.contains("<script"))
        #expect(!html.contains("evil.example"), "an off-site next is dropped")
        #expect(html.contains("value=\"&quot;&gt;&lt;script&gt;\""))
    }

    @Test("hostile partner codes and labels are escaped inside SVG")
    func hostileSVG() {
        let html = Charts.heatmap([.init(partner: Fixture.hostile, area: .ai, count: 2)], language: .en, link: { p, _ in "/p/" + p })
        #expect(!html.contains("<script") && !html.contains("<img"))
        #expect(html.contains("&lt;script&gt;"))
    }

    @Test("escape covers the five characters")
    func escapeFive() {
        #expect(HTML.escape("&<>\"'ก") == "&amp;&lt;&gt;&quot;&#39;ก")
    }

    @Test("javascript: URLs from articles are not linked")
    func scriptURL() {
        let src = SourceRef(articleId: 1, url: "javascript:alert(1)", title: "t", revision: 1)
        let html = Components.sourceLink(src, context: Fixture.context(.en))
        #expect(!html.contains("javascript:"))
    }
}
