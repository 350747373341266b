import AccordCore
import AccordStore

/// Inline SVG charts; every label escaped, every chart `role="img"` with a `<title>` and `<desc>`, and its data also as a table.
public enum Charts {
    /// The event kinds the per-year chart shows, in legend order.
    static let perYearSeries: [EventKind] = [.signing, .exchange, .cabinetApproval, .adoption, .renewal]

    /// Grouped bars: signings, exchanges, cabinet approvals, adoptions and renewals per year, with axes, gridlines and a legend.
    ///
    /// Years between the first and last with data are shown even when empty; Thai pages label years in the Buddhist era.
    public static func perYear(_ counts: [RegistryStats.YearCount], language l: Language) -> String {
        let relevant = counts.filter { perYearSeries.contains($0.event) }
        let title = Strings.perYear(l), desc = Strings.perYearDesc(l)
        guard let minYear = relevant.map(\.year).min(), let maxYear = relevant.map(\.year).max() else {
            return "<p class=\"empty\">\(HTML.escape(Strings.noData(l)))</p>"
        }
        let years = Array(minYear...maxYear)
        var value: [Int: [EventKind: Int]] = [:]
        for c in relevant { value[c.year, default: [:]][c.event, default: 0] += c.count }
        let maxValue = max(1, value.values.flatMap(\.values).max() ?? 1)
        let (step, top) = niceScale(maxValue)
        func yearLabel(_ y: Int) -> String { l == .th ? String(y + 543) : String(y) }

        let font = 12.0
        let tickWidth = TextMetrics.width(String(top), fontSize: font)
        let left = 28 + tickWidth, right = 12.0, bar = 12.0, gap = 14.0
        let groupWidth = Double(perYearSeries.count) * bar + gap
        let plotWidth = max(240, Double(years.count) * groupWidth)
        // Legend: swatch + label per series, laid out in one row, wrapped when wider than the plot.
        var legendItems: [(x: Double, y: Double, kind: EventKind)] = []
        var lx = left, ly = 16.0
        for k in perYearSeries {
            let w = 16 + TextMetrics.width(Labels.event(k, l), fontSize: font) + 18
            if lx + w > left + plotWidth, lx > left { lx = left; ly += 20 }
            legendItems.append((lx, ly, k))
            lx += w
        }
        let top0 = ly + 18, plotHeight = 200.0
        let xLabelRotate = TextMetrics.width(yearLabel(maxYear), fontSize: font) > groupWidth - 2
        let bottom = xLabelRotate ? 56.0 : 44.0
        let width = left + plotWidth + right, height = top0 + plotHeight + bottom
        func y(_ v: Int) -> Double { top0 + plotHeight - Double(v) / Double(top) * plotHeight }

        var svg = "<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-year-t chart-year-d\" width=\"\(TextMetrics.n(width))\" height=\"\(TextMetrics.n(height))\" viewBox=\"0 0 \(TextMetrics.n(width)) \(TextMetrics.n(height))\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"chart-year-t\">\(HTML.escape(title))</title><desc id=\"chart-year-d\">\(HTML.escape(desc))</desc>"
        for item in legendItems {
            svg += "<rect class=\"s-\(item.kind.rawValue)\" x=\"\(TextMetrics.n(item.x))\" y=\"\(TextMetrics.n(item.y - 10))\" width=\"12\" height=\"12\"/>"
            svg += "<text x=\"\(TextMetrics.n(item.x + 16))\" y=\"\(TextMetrics.n(item.y))\" font-size=\"\(TextMetrics.n(font))\">\(HTML.escape(Labels.event(item.kind, l)))</text>"
        }
        var v = 0
        while v <= top {
            let yy = TextMetrics.n(y(v))
            svg += "<line class=\"grid\" x1=\"\(TextMetrics.n(left))\" x2=\"\(TextMetrics.n(left + plotWidth))\" y1=\"\(yy)\" y2=\"\(yy)\"/>"
            svg += "<text class=\"tick\" x=\"\(TextMetrics.n(left - 6))\" y=\"\(TextMetrics.n(y(v) + 4))\" text-anchor=\"end\" font-size=\"\(TextMetrics.n(font))\">\(v)</text>"
            v += step
        }
        svg += "<text class=\"axis-title\" transform=\"translate(12 \(TextMetrics.n(top0 + plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\" font-size=\"\(TextMetrics.n(font))\">\(HTML.escape(Strings.count(l)))</text>"
        for (i, year) in years.enumerated() {
            let gx = left + Double(i) * groupWidth + gap / 2
            for (j, k) in perYearSeries.enumerated() {
                let c = value[year]?[k] ?? 0
                guard c > 0 else { continue }
                svg += "<rect class=\"s-\(k.rawValue)\" x=\"\(TextMetrics.n(gx + Double(j) * bar))\" y=\"\(TextMetrics.n(y(c)))\" width=\"\(TextMetrics.n(bar - 1))\" height=\"\(TextMetrics.n(y(0) - y(c)))\"><title>\(HTML.escape("\(yearLabel(year)) \(Labels.event(k, l)): \(c)"))</title></rect>"
            }
            let cx = gx + Double(perYearSeries.count) * bar / 2, ty = top0 + plotHeight + 16
            if xLabelRotate {
                svg += "<text class=\"tick\" transform=\"translate(\(TextMetrics.n(cx + 4)) \(TextMetrics.n(ty))) rotate(-45)\" text-anchor=\"end\" font-size=\"\(TextMetrics.n(font))\">\(yearLabel(year))</text>"
            } else {
                svg += "<text class=\"tick\" x=\"\(TextMetrics.n(cx))\" y=\"\(TextMetrics.n(ty))\" text-anchor=\"middle\" font-size=\"\(TextMetrics.n(font))\">\(yearLabel(year))</text>"
            }
        }
        svg += "<line class=\"axis\" x1=\"\(TextMetrics.n(left))\" x2=\"\(TextMetrics.n(left + plotWidth))\" y1=\"\(TextMetrics.n(y(0)))\" y2=\"\(TextMetrics.n(y(0)))\"/>"
        let yearTitle = l == .th ? "ปี (พ.ศ.)" : "Year"
        svg += "<text class=\"axis-title\" x=\"\(TextMetrics.n(left + plotWidth / 2))\" y=\"\(TextMetrics.n(height - 6))\" text-anchor=\"middle\" font-size=\"\(TextMetrics.n(font))\">\(HTML.escape(yearTitle))</text>"
        svg += "</svg>"

        let table = dataTable(caption: title, corner: HTML.escape(yearTitle),
                              columns: perYearSeries.map { HTML.escape(Labels.event($0, l)) },
                              rows: years.map { year in (yearLabel(year), perYearSeries.map { value[year]?[$0] ?? 0 }) },
                              language: l)
        return "<figure class=\"chart\"><div class=\"scroll\">\(svg)</div>\(table)</figure>"
    }

    /// A step of 1, 2 or 5 × 10ⁿ giving about five ticks, and the axis top (a multiple of the step ≥ `maxValue`).
    /// The chart's numbers as a table behind a disclosure, for screen readers and for reading exact values.
    /// `corner`, `columns` and row headers are HTML already escaped by the caller.
    static func dataTable(caption: String, corner: String, columns: [String], rows: [(header: String, values: [Int])],
                          language l: Language) -> String {
        var table = "<details class=\"data\"><summary>\(HTML.escape(Strings.showData(l)))</summary><div class=\"scroll\"><table><caption>\(HTML.escape(caption))</caption><thead><tr><th scope=\"col\">\(corner)</th>"
        for c in columns { table += "<th scope=\"col\">\(c)</th>" }
        table += "</tr></thead><tbody>"
        for row in rows {
            table += "<tr><th scope=\"row\">\(row.header)</th>"
            for v in row.values { table += "<td class=\"num\">\(v)</td>" }
            table += "</tr>"
        }
        table += "</tbody></table></div></details>"
        return table
    }

    static func niceScale(_ maxValue: Int) -> (step: Int, top: Int) {
        let m = max(1, maxValue)
        var magnitude = 1, step = 1
        search: while true {
            for base in [1, 2, 5] {
                step = base * magnitude
                if (m + step - 1) / step <= 5 { break search }
            }
            magnitude *= 10
        }
        return (step, (m + step - 1) / step * step)
    }

    /// Areas with their counts as a table with a bar in each row; every label links to `link(area)`.
    public static func areaBars(_ areas: [AreaCount], language l: Language, link: (Area) -> String) -> String {
        guard !areas.isEmpty else { return "<p class=\"empty\">\(HTML.escape(Strings.noData(l)))</p>" }
        let maxCount = max(1, areas.map(\.count).max() ?? 1)
        var h = "<div class=\"scroll\"><table class=\"bars\"><caption>\(HTML.escape(Strings.areas(l)))</caption><thead><tr>"
        h += "<th scope=\"col\">\(HTML.escape(Strings.area(l)))</th><th scope=\"col\" class=\"num\">\(HTML.escape(Strings.instrumentsCount(l)))</th><th scope=\"col\"><span class=\"visually-hidden\">\(HTML.escape(Strings.count(l)))</span></th></tr></thead><tbody>"
        for a in areas {
            let w = Double(a.count) / Double(maxCount) * 100
            h += "<tr><th scope=\"row\"><a href=\"\(HTML.escape(link(a.area)))\">\(HTML.escape(Labels.area(a.area, l)))</a></th><td class=\"num\">\(a.count)</td>"
            h += "<td class=\"barcell\"><svg class=\"hbar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\"><rect width=\"\(TextMetrics.n(w))\" height=\"10\"/></svg></td></tr>"
        }
        return h + "</tbody></table></div>"
    }
}
