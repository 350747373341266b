import AccordCore
import Testing
@testable import AccordWeb

@Suite("Views: evidence highlighting")
struct ViewsEvidenceTests {
    @Test("a span in the middle is marked, the rest escaped")
    func middle() {
        let (html, ex) = EvidenceHighlight.render("a<b>c", evidence: [Evidence(field: "place", start: 1, end: 4)], anchorPrefix: "e")
        #expect(html == "a<mark id=\"e-0\" title=\"place\">&lt;b&gt;</mark>c")
        #expect(ex[0].text == "<b>" && ex[0].anchor == "e-0" && !ex[0].outOfRange)
    }

    @Test("spans at both ends and covering everything")
    func edges() {
        #expect(EvidenceHighlight.render("abc", evidence: [Evidence(field: "f", start: 0, end: 1)], anchorPrefix: "e").html == "<mark id=\"e-0\" title=\"f\">a</mark>bc")
        #expect(EvidenceHighlight.render("abc", evidence: [Evidence(field: "f", start: 2, end: 3)], anchorPrefix: "e").html == "ab<mark id=\"e-0\" title=\"f\">c</mark>")
        #expect(EvidenceHighlight.render("abc", evidence: [Evidence(field: "f", start: 0, end: 3)], anchorPrefix: "e").html == "<mark id=\"e-0\" title=\"f\">abc</mark>")
    }

    @Test("out-of-range, inverted and empty spans are clamped or skipped, never crash")
    func outOfRange() {
        let text = "abc"
        let evidence = [
            Evidence(field: "neg", start: -5, end: 1),
            Evidence(field: "past", start: 2, end: 99),
            Evidence(field: "far", start: 50, end: 60),
            Evidence(field: "inv", start: 2, end: 1),
            Evidence(field: "empty", start: 1, end: 1),
        ]
        let (html, ex) = EvidenceHighlight.render(text, evidence: evidence, anchorPrefix: "e")
        #expect(html == "<mark id=\"e-0\" title=\"neg\">a</mark>b<mark id=\"e-1\" title=\"past\">c</mark>")
        #expect(ex.map(\.outOfRange) == [true, true, true, true, false])
        #expect(ex.map(\.text) == ["a", "c", "", "", ""])
        #expect(ex.map(\.anchor) == ["e-0", "e-1", nil, nil, nil])
        #expect(EvidenceHighlight.render("", evidence: evidence, anchorPrefix: "e").html == "")
    }

    @Test("overlapping spans split into segments titled with every field")
    func overlap() {
        let (html, _) = EvidenceHighlight.render("abcdef", evidence: [Evidence(field: "x", start: 1, end: 4), Evidence(field: "y", start: 3, end: 5)], anchorPrefix: "e")
        #expect(html == "a<mark id=\"e-0\" title=\"x\">bc</mark><mark id=\"e-1\" title=\"x, y\">d</mark><mark title=\"y\">e</mark>f")
    }

    @Test("offsets count Unicode scalars: Thai marks and astral characters")
    func scalars() {
        // "กิ่ง" is one consonant + two combining marks + consonant: 4 scalars, 2 Characters.
        let thai = "ที่กิ่ง"
        let (html, ex) = EvidenceHighlight.render(thai, evidence: [Evidence(field: "f", start: 3, end: 7)], anchorPrefix: "e")
        #expect(ex[0].text == "กิ่ง")
        #expect(html == "ที่<mark id=\"e-0\" title=\"f\">กิ่ง</mark>")
        // An emoji is 1 scalar but 2 UTF-16 units: offset 1 must be the letter after it.
        let (h2, _) = EvidenceHighlight.render("😀ab", evidence: [Evidence(field: "f", start: 1, end: 2)], anchorPrefix: "e")
        #expect(h2 == "😀<mark id=\"e-0\" title=\"f\">a</mark>b")
    }

    @Test("the instrument page marks evidence in its own article and reports a bad offset")
    func onPage() {
        var rec = Fixture.record()
        rec.timeline[1].evidence.append(Evidence(field: "place", start: 10_000, end: 10_010))
        let html = Views.instrument(rec, sources: [Fixture.article(for: rec, text: "บันทึกความเข้าใจว่าด้วยความร่วมมือด้านดิจิทัล")], corrections: [], context: Fixture.context(.en))
        #expect(html.contains("<mark id=\"ev-11-0\" title=\"Kind, Thai title\">บันทึกความเข้าใจ</mark>"))
        #expect(html.contains("title=\"Counterpart 1\">ญี่ปุ่น</mark>"))
        #expect(html.contains("Evidence offsets outside the text"))
    }

    @Test("the ingest preview marks evidence of the pasted text")
    func preview() {
        let (raw, ex) = Fixture.extraction("ลงนามความร่วมมือ")
        let html = Views.ingest(text: raw, preview: ex, error: nil, context: Fixture.context(.th, path: "/ingest"))
        #expect(html.contains("title=\"ชื่อภาษาไทย\">ลงนามความร่วมมือ</mark>"))
        #expect(html.contains("name=\"action\" value=\"preview\""))
        #expect(html.contains("name=\"action\" value=\"save\""))
    }
}
