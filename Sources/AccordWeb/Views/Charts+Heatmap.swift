import AccordCore
import AccordStore

extension Charts {
    /// Partners × areas as an SVG heatmap: one row per area (labels measured so none is clipped,
    /// Thai included), one column per partner (the `maxPartners` with most instruments), each cell
    /// linking to `link(partner, area)`; followed by the same data as a table. Column heads link to
    /// `partnerLink(code)` and row labels to `areaLink(area)` when given.
    public static func heatmap(_ counts: [RegistryStats.PartnerAreaCount], language l: Language, maxPartners: Int = 20,
                               link: (String, Area) -> String, partnerLink: ((String) -> String)? = nil,
                               areaLink: ((Area) -> String)? = nil) -> String {
        func linked(_ svgText: String, _ href: String?) -> String {
            href.map { "<a href=\"\(HTML.escape($0))\">\(svgText)</a>" } ?? svgText
        }
        let nonZero = counts.filter { $0.count > 0 }
        guard !nonZero.isEmpty else { return "<p class=\"empty\">\(HTML.escape(Strings.noData(l)))</p>" }
        var partnerTotal: [String: Int] = [:], areaTotal: [Area: Int] = [:], cell: [String: [Area: Int]] = [:]
        for c in nonZero {
            partnerTotal[c.partner, default: 0] += c.count
            areaTotal[c.area, default: 0] += c.count
            cell[c.partner, default: [:]][c.area, default: 0] += c.count
        }
        let partners = partnerTotal.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(max(1, maxPartners)).map(\.key)
        let areas = Area.allCases.filter { a in partners.contains { cell[$0]?[a] != nil } }
            .sorted { (areaTotal[$1] ?? 0, $0.rawValue) < (areaTotal[$0] ?? 0, $1.rawValue) }
        let maxCount = max(1, partners.flatMap { p in areas.map { cell[p]?[$0] ?? 0 } }.max() ?? 1)

        let font = 12.0, cellSize = 30.0, pad = 8.0
        let labelWidth = (areas.map { TextMetrics.width(Labels.area($0, l), fontSize: font) }.max() ?? 0) + pad * 2
        // Partner codes stand above their columns, turned 45° when wider than a cell.
        let headWidths = partners.map { TextMetrics.width($0, fontSize: font) }
        let rotate = (headWidths.max() ?? 0) > cellSize - 4
        let headHeight = rotate ? (headWidths.max() ?? 0) * 0.72 + 16 : 22
        let left = labelWidth, top = headHeight + 4
        let gridWidth = Double(partners.count) * cellSize
        // A rotated head leans right past the last column; leave it room.
        let right = rotate ? (headWidths.last ?? 0) * 0.72 + 8 : 8
        let legendHeight = 36.0
        let width = left + gridWidth + right, height = top + Double(areas.count) * cellSize + legendHeight + 8

        var svg = "<svg class=\"chart heatmap\" role=\"img\" aria-labelledby=\"chart-heat-t chart-heat-d\" width=\"\(TextMetrics.n(width))\" height=\"\(TextMetrics.n(height))\" viewBox=\"0 0 \(TextMetrics.n(width)) \(TextMetrics.n(height))\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"chart-heat-t\">\(HTML.escape(Strings.heatmap(l)))</title><desc id=\"chart-heat-d\">\(HTML.escape(Strings.heatmapDesc(l)))</desc>"
        for (j, p) in partners.enumerated() {
            let cx = left + Double(j) * cellSize + cellSize / 2
            let name = HTML.escape(Labels.partner(p, l))
            if rotate {
                svg += linked("<text class=\"tick\" transform=\"translate(\(TextMetrics.n(cx - 2)) \(TextMetrics.n(top - 6))) rotate(-45)\" font-size=\"\(TextMetrics.n(font))\"><title>\(name)</title>\(HTML.escape(p))</text>", partnerLink?(p))
            } else {
                svg += linked("<text class=\"tick\" x=\"\(TextMetrics.n(cx))\" y=\"\(TextMetrics.n(top - 6))\" text-anchor=\"middle\" font-size=\"\(TextMetrics.n(font))\"><title>\(name)</title>\(HTML.escape(p))</text>", partnerLink?(p))
            }
        }
        for (i, a) in areas.enumerated() {
            let y = top + Double(i) * cellSize
            svg += linked("<text class=\"tick\" x=\"\(TextMetrics.n(left - pad))\" y=\"\(TextMetrics.n(y + cellSize / 2 + 4))\" text-anchor=\"end\" font-size=\"\(TextMetrics.n(font))\">\(HTML.escape(Labels.area(a, l)))</text>", areaLink?(a))
            for (j, p) in partners.enumerated() {
                let x = left + Double(j) * cellSize
                let c = cell[p]?[a] ?? 0
                let label = HTML.escape("\(Labels.partner(p, l)) × \(Labels.area(a, l)): \(c)")
                if c == 0 {
                    svg += "<rect class=\"cell-0\" x=\"\(TextMetrics.n(x + 1))\" y=\"\(TextMetrics.n(y + 1))\" width=\"\(TextMetrics.n(cellSize - 2))\" height=\"\(TextMetrics.n(cellSize - 2))\"><title>\(label)</title></rect>"
                    continue
                }
                let level = heatLevel(c, max: maxCount)
                svg += "<a href=\"\(HTML.escape(link(p, a)))\"><rect class=\"heat-\(level)\" x=\"\(TextMetrics.n(x + 1))\" y=\"\(TextMetrics.n(y + 1))\" width=\"\(TextMetrics.n(cellSize - 2))\" height=\"\(TextMetrics.n(cellSize - 2))\"><title>\(label)</title></rect>"
                svg += "<text class=\"heat-text-\(level)\" x=\"\(TextMetrics.n(x + cellSize / 2))\" y=\"\(TextMetrics.n(y + cellSize / 2 + 4))\" text-anchor=\"middle\" font-size=\"11\" aria-hidden=\"true\">\(c)</text></a>"
            }
        }
        // Legend: the five shades with the counts they stand for.
        let ly = top + Double(areas.count) * cellSize + 12
        svg += "<text class=\"tick\" x=\"\(TextMetrics.n(left - pad))\" y=\"\(TextMetrics.n(ly + 12))\" text-anchor=\"end\" font-size=\"\(TextMetrics.n(font))\">\(HTML.escape(Strings.instrumentsCount(l)))</text>"
        for level in 1...5 {
            let x = left + Double(level - 1) * 34
            let lo = (level - 1) * maxCount / 5 + 1, hi = level * maxCount / 5
            guard hi >= lo else { continue }
            svg += "<rect class=\"heat-\(level)\" x=\"\(TextMetrics.n(x))\" y=\"\(TextMetrics.n(ly))\" width=\"32\" height=\"16\"/>"
            svg += "<text class=\"heat-text-\(level)\" x=\"\(TextMetrics.n(x + 16))\" y=\"\(TextMetrics.n(ly + 12))\" text-anchor=\"middle\" font-size=\"10\">\(lo == hi ? "\(lo)" : "\(lo)–\(hi)")</text>"
        }
        svg += "</svg>"

        let table = dataTable(caption: Strings.heatmap(l), corner: HTML.escape(Strings.area(l)),
                              columns: partners.map { "<abbr title=\"\(HTML.escape(Labels.partner($0, l)))\">\(HTML.escape($0))</abbr>" },
                              rows: areas.map { a in (HTML.escape(Labels.area(a, l)), partners.map { cell[$0]?[a] ?? 0 }) },
                              language: l)
        return "<figure class=\"chart\"><div class=\"scroll\">\(svg)</div>\(table)</figure>"
    }

    /// Shade 1–5 for a count, proportional to the largest count.
    static func heatLevel(_ c: Int, max m: Int) -> Int {
        guard c > 0 else { return 0 }
        return min(5, max(1, Int((Double(c) / Double(max(1, m)) * 5).rounded(.up))))
    }
}
