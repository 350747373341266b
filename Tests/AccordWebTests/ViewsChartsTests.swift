import AccordCore
import AccordStore
import Testing
@testable import AccordWeb

@Suite("Views: charts")
struct ViewsChartsTests {
    @Test("empty data renders a note, not an empty chart", arguments: [Language.th, .en])
    func empty(_ l: Language) {
        #expect(Charts.perYear([], language: l) == "<p class=\"empty\">\(Strings.noData(l))</p>")
        #expect(Charts.perYear([.init(year: 2024, event: .implementation, count: 3)], language: l).contains("class=\"empty\""))
        #expect(Charts.heatmap([], language: l, link: { _, _ in "" }).contains("class=\"empty\""))
        #expect(Charts.heatmap([.init(partner: "JP", area: .ai, count: 0)], language: l, link: { _, _ in "" }).contains("class=\"empty\""))
        #expect(Charts.areaBars([], language: l, link: { _ in "" }).contains("class=\"empty\""))
    }

    @Test("per-year bars: one rect per non-zero count, gap years kept, legend, Buddhist-era years in Thai")
    func perYear() {
        let counts: [RegistryStats.YearCount] = [.init(year: 2020, event: .signing, count: 4), .init(year: 2023, event: .signing, count: 12),
                                                 .init(year: 2023, event: .renewal, count: 2), .init(year: 2023, event: .cabinetApproval, count: 5),
                                                 .init(year: 2021, event: .exchange, count: 1)]
        let th = Charts.perYear(counts, language: .th)
        #expect(Scan.count(th, "<rect class=\"s-") == 5 + 5, "5 bars and 5 legend swatches (exchanges and adoptions are series too)")
        #expect(th.contains("<rect class=\"s-exchange\""))
        for y in 2563...2566 { #expect(th.contains(">\(y)</text>")) }
        #expect(th.contains(">ลงนาม</text>") && th.contains(">ต่ออายุ</text>"))
        let en = Charts.perYear(counts, language: .en)
        #expect(en.contains(">2021</text>") && en.contains("<title>2023 Signing: 12</title>"))
        #expect(en.contains("<th scope=\"row\">2022</th><td class=\"num\">0</td>"))
    }

    @Test("nice scale gives about five ticks covering the maximum", arguments: [1, 4, 5, 6, 12, 37, 100, 999])
    func niceScale(_ m: Int) {
        let (step, top) = Charts.niceScale(m)
        #expect(top >= m && top % step == 0 && top / step <= 5 && top - step < m)
    }

    @Test("long Thai area labels get the width they need", arguments: [Language.th, .en])
    func longLabels(_ l: Language) {
        let counts: [RegistryStats.PartnerAreaCount] = [
            .init(partner: "ASEAN", area: .cybercrimeScams, count: 3), .init(partner: "JP", area: .sectorSecurityDefence, count: 1),
            .init(partner: "CN", area: .digitalIndustry, count: 8), .init(partner: "UNESCAP", area: .ai, count: 2),
        ]
        let svg = Charts.heatmap(counts, language: l, link: { _, _ in "/x" })
        let texts = Scan.tags(svg, "text").filter { $0["text-anchor"] == "end" }
        for a in [Area.cybercrimeScams, .sectorSecurityDefence, .digitalIndustry, .ai] {
            let label = Labels.area(a, l)
            #expect(svg.contains(">\(label)</text>"))
            // Right-aligned at x: it starts at x − width, which must stay inside the picture.
            let xs = texts.compactMap { Double($0["x"] ?? "") }
            #expect(xs.allSatisfy { $0 - TextMetrics.width(label, fontSize: 12) >= 0 })
        }
        let width = Double(Scan.tags(svg, "svg")[0]["width"] ?? "0") ?? 0
        let longest = Area.allCases.filter { [.cybercrimeScams, .sectorSecurityDefence, .digitalIndustry, .ai].contains($0) }
            .map { TextMetrics.width(Labels.area($0, l), fontSize: 12) }.max()!
        #expect(width >= longest + 4 * 30)
        #expect(svg.contains("rotate(-45)"), "UNESCAP is wider than a cell, so heads turn")
        #expect(!svg.contains("href=\"/partners/"), "no head links unless asked")
        let linked = Charts.heatmap(counts, language: l, link: { _, _ in "/x" }, partnerLink: { "/partners/" + $0 }, areaLink: { "/areas/" + $0.rawValue })
        #expect(linked.contains("<a href=\"/partners/UNESCAP\"><text"))
        #expect(linked.contains("<a href=\"/areas/ai\"><text"))
    }

    @Test("Thai text width counts clusters, not combining marks")
    func thaiWidth() {
        // Same number of base letters; marks above/below add no width.
        #expect(TextMetrics.width("กิ่ง", fontSize: 10) == TextMetrics.width("กง", fontSize: 10))
        #expect(TextMetrics.width("อาชญากรรมไซเบอร์", fontSize: 12) > TextMetrics.width("AI", fontSize: 12) * 4)
    }

    @Test("heat levels scale to the maximum")
    func levels() {
        #expect(Charts.heatLevel(0, max: 10) == 0)
        #expect(Charts.heatLevel(1, max: 10) == 1)
        #expect(Charts.heatLevel(10, max: 10) == 5)
        #expect(Charts.heatLevel(6, max: 10) == 3)
    }
}
