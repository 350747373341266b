import AccordCore
import AccordStore
import ThaiText

/// Pieces several pages share.
enum Components {
    /// A table of instruments with title, kind, partners, areas, status, signing and term end; a note when empty.
    static func instrumentTable(_ items: [InstrumentSummary], caption: String, context: PageContext) -> String {
        let l = context.language
        guard !items.isEmpty else { return "<p class=\"empty\">\(HTML.escape(context.t(Strings.noInstruments)))</p>" }
        var h = "<div class=\"scroll\"><table class=\"instruments\"><caption>\(HTML.escape(caption))</caption><thead><tr>"
        for head in [Strings.title, Strings.kind, Strings.partners, Strings.areas, Strings.status, Strings.signed, Strings.termEnd] {
            h += "<th scope=\"col\">\(HTML.escape(head(l)))</th>"
        }
        h += "</tr></thead><tbody>"
        for s in items {
            h += "<tr><th scope=\"row\"><a href=\"\(HTML.escape(context.href(Routes.instrument(s.id))))\">\(titleHTML(s, l))</a></th>"
            h += "<td class=\"kind\">\(HTML.escape(Labels.kind(s.kind, l)))</td>"
            h += "<td>\(partnerLinks(s.counterparts, context: context))</td>"
            h += "<td>\(areaLinks(s.areas, context: context))</td>"
            h += "<td>\(statusBadge(s.status, l))</td>"
            h += "<td>\(dateCell(s.signedDate, l))</td>"
            h += "<td>\(dateCell(s.termEnd, l))</td></tr>"
        }
        return h + "</tbody></table></div>"
    }

    /// The title to show: in English pages the English title when there is one.
    static func displayTitle(_ s: InstrumentSummary, _ l: Language) -> String {
        if l == .en, let en = s.titleEn, !en.isEmpty { return en }
        return s.title
    }

    /// True when the title shown in `l` was composed (no article names the instrument in that language).
    static func titleIsComposed(_ s: InstrumentSummary, _ l: Language) -> Bool {
        l == .en && s.titleEn?.isEmpty == false ? s.titleEnComposed : s.titleComposed
    }

    /// The escaped title; a composed one is marked (class `composed`, with a tooltip saying so).
    static func titleHTML(_ s: InstrumentSummary, _ l: Language, escape: (String) -> String = HTML.escape) -> String {
        let text = escape(displayTitle(s, l))
        guard titleIsComposed(s, l) else { return text }
        return "<span class=\"composed\" title=\"\(HTML.escape(Strings.composedTitle(l)))\">\(text)</span>"
    }

    static func dateCell(_ d: CalendarDate?, _ l: Language) -> String {
        guard let d else { return "—" }
        return "<time datetime=\"\(d.iso)\">\(HTML.escape(Labels.date(d, l)))</time>"
    }

    /// What is known behind the status: "term unknown" for a signed record without a term, "until …" when
    /// the term's end is known; in force only when its entry into force was reported (the status says so).
    static func statusDetail(_ s: InstrumentSummary, _ l: Language) -> String {
        switch s.status {
        case .signed, .renewed, .inForce, .adopted, .expiring:
            if let end = s.termEnd { return l == .th ? "ถึง \(Labels.date(end, l))" : "until \(Labels.date(end, l))" }
            return s.status == .adopted ? "" : (l == .th ? "(ไม่ทราบระยะเวลา)" : "(term unknown)")
        case .expired:
            return s.termEnd.map { l == .th ? "เมื่อ \(Labels.date($0, l))" : "on \(Labels.date($0, l))" } ?? ""
        case .draftApproved, .reported:
            return ""
        }
    }

    static func statusBadge(_ s: InstrumentStatus, _ l: Language) -> String {
        "<span class=\"status status-\(s.rawValue)\">\(HTML.escape(Labels.status(s, l)))</span>"
    }

    static func partnerLinks(_ codes: [String], context: PageContext) -> String {
        guard !codes.isEmpty else { return "—" }
        return codes.map { code in
            "<a href=\"\(HTML.escape(context.href(Routes.partner(code))))\" title=\"\(HTML.escape(Labels.partner(code, context.language)))\">\(HTML.escape(code))</a>"
        }.joined(separator: ", ")
    }

    static func areaLinks(_ areas: [Area], context: PageContext) -> String {
        guard !areas.isEmpty else { return "—" }
        return "<ul class=\"tags\">" + areas.map { a in
            "<li><a href=\"\(HTML.escape(context.href(Routes.area(a))))\">\(HTML.escape(Labels.area(a, context.language)))</a></li>"
        }.joined() + "</ul>"
    }

    /// A source article as a link to its original URL when known, with its publication date.
    static func sourceLink(_ s: SourceRef, context: PageContext) -> String {
        var h = ""
        if let url = s.url, url.hasPrefix("http://") || url.hasPrefix("https://") {
            h += "<a href=\"\(HTML.escape(url))\" rel=\"noopener noreferrer external\">\(HTML.escape(s.title))</a>"
        } else {
            h += HTML.escape(s.title)
        }
        if let p = s.published { h += " <span class=\"meta\">" + dateCell(p, context.language) + "</span>" }
        return h
    }

    /// Previous/next links and "x–y of n" for a page of results.
    static func pagination<T>(_ page: Page<T>, context: PageContext) -> String {
        let l = context.language
        guard page.total > 0 else { return "" }
        let first = min(page.offset + 1, page.total), last = min(page.offset + page.items.count, page.total)
        let summary = l == .th ? "รายการที่ \(first)–\(last) จาก \(page.total)" : "\(first)–\(last) of \(page.total)"
        var h = "<nav class=\"pages\" aria-label=\"\(HTML.escape(context.t(Strings.pagination)))\"><p>\(HTML.escape(summary))</p><ul>"
        if page.offset > 0 {
            let prev = max(0, page.offset - page.limit)
            h += "<li><a rel=\"prev\" href=\"\(HTML.escape(context.hrefReplacing(["offset": prev == 0 ? nil : String(prev)])))\">← \(HTML.escape(context.t(Strings.previous)))</a></li>"
        }
        if page.offset + page.items.count < page.total {
            h += "<li><a rel=\"next\" href=\"\(HTML.escape(context.hrefReplacing(["offset": String(page.offset + page.limit)])))\">\(HTML.escape(context.t(Strings.next))) →</a></li>"
        }
        return h + "</ul></nav>"
    }

    /// Links to the CSV, JSON and iCalendar exports of the instruments a filter selects.
    static func exportLinks(_ filter: InstrumentFilter, context: PageContext) -> String {
        let items = filter.queryItems
        func link(_ path: String, _ label: Localized, _ type: String) -> String {
            let href = items.isEmpty ? path : path + "?" + QueryItem.encode(items)
            return "<li><a href=\"\(HTML.escape(href))\" type=\"\(type)\" download>\(HTML.escape(context.t(label)))</a></li>"
        }
        return "<div class=\"exports\"><h2 class=\"inline-heading\">\(HTML.escape(context.t(Strings.export)))</h2><ul>"
            + link(Routes.exportCSV, Strings.exportCSV, Exports.csvContentType)
            + link(Routes.exportJSON, Strings.exportJSON, Exports.jsonContentType)
            + link(Routes.exportICalendar, Strings.exportICalendar, Exports.iCalendarContentType)
            + "</ul></div>"
    }

    /// A `<select>` with a label; `selected` is the raw value chosen, "" for any.
    static func select(name: String, label: Localized, options: [(String, String)], selected: String?, context: PageContext) -> String {
        var h = "<div class=\"field\"><label for=\"f-\(name)\">\(HTML.escape(context.t(label)))</label><select id=\"f-\(name)\" name=\"\(name)\">"
        h += "<option value=\"\"\(selected == nil ? " selected" : "")>\(HTML.escape(context.t(Strings.any)))</option>"
        for (value, text) in options {
            h += "<option value=\"\(HTML.escape(value))\"\(selected == value ? " selected" : "")>\(HTML.escape(text))</option>"
        }
        return h + "</select></div>"
    }

    /// A text or number input with a label.
    static func input(name: String, label: Localized, value: String?, type: String = "text", extra: String = "", context: PageContext) -> String {
        "<div class=\"field\"><label for=\"f-\(name)\">\(HTML.escape(context.t(label)))</label>"
            + "<input id=\"f-\(name)\" name=\"\(name)\" type=\"\(type)\" value=\"\(HTML.escape(value ?? ""))\"\(extra)></div>"
    }

    /// The instrument filter form (GET), every field labelled.
    static func filterForm(_ filter: InstrumentFilter, action: String, context: PageContext, extraFields: String = "") -> String {
        let l = context.language
        var h = "<form class=\"filter\" method=\"get\" action=\"\(HTML.escape(action))\" role=\"search\"><fieldset><legend>\(HTML.escape(context.t(Strings.filter)))</legend>"
        h += Layout.langField(context)
        h += input(name: "counterpart", label: Strings.counterpart, value: filter.counterpart, extra: " size=\"8\" autocomplete=\"off\" placeholder=\"JP, ASEAN\"", context: context)
        h += select(name: "area", label: Strings.area, options: Area.allCases.map { ($0.rawValue, Labels.area($0, l)) }, selected: filter.area?.rawValue, context: context)
        h += select(name: "kind", label: Strings.kind, options: InstrumentKind.allCases.map { ($0.rawValue, Labels.kind($0, l)) }, selected: filter.instrument?.rawValue, context: context)
        h += select(name: "event", label: Strings.event, options: EventKind.allCases.map { ($0.rawValue, Labels.event($0, l)) }, selected: filter.event?.rawValue, context: context)
        h += select(name: "status", label: Strings.status, options: InstrumentStatus.allCases.map { ($0.rawValue, Labels.status($0, l)) }, selected: filter.status?.rawValue, context: context)
        // Ministries and state agencies (a ministry includes its departments); a department given in the URL stays selectable.
        let agencies = ThaiAgencies.all.filter { $0.kind == "ministry" || $0.kind == "agency" || $0.code == filter.agency }
            .map { ($0.code, l == .th ? "\($0.thai) (\($0.code))" : "\($0.english) (\($0.code))") }
            .sorted { $0.1 < $1.1 }
        h += select(name: "agency", label: Strings.agency, options: agencies, selected: filter.agency, context: context)
        h += input(name: "from", label: Strings.fromYear, value: filter.fromYear.map(String.init), type: "number", extra: " min=\"1900\" max=\"2100\" inputmode=\"numeric\"", context: context)
        h += input(name: "to", label: Strings.toYear, value: filter.toYear.map(String.init), type: "number", extra: " min=\"1900\" max=\"2100\" inputmode=\"numeric\"", context: context)
        h += extraFields
        h += "<div class=\"actions\"><button type=\"submit\">\(HTML.escape(context.t(Strings.apply)))</button>"
        h += " <a href=\"\(HTML.escape(context.href(action)))\">\(HTML.escape(context.t(Strings.clear)))</a></div>"
        return h + "</fieldset></form>"
    }
}
