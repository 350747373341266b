import AccordCore
import AccordStore
import ThaiText

extension Views {
    /// Every counterpart with its instrument count and latest activity.
    public static func partnerList(_ partners: [PartnerSummary], context: PageContext) -> String {
        let l = context.language
        var main = "<h1>\(HTML.escape(context.t(Strings.partners)))</h1>"
        if partners.isEmpty {
            main += "<p class=\"empty\">\(HTML.escape(context.t(Strings.noPartners)))</p>"
        } else {
            main += "<div class=\"scroll\"><table><caption>\(HTML.escape(context.t(Strings.partners)))</caption><thead><tr>"
            for head in [Strings.name, Strings.code, Strings.instrumentsCount, Strings.lastActivity] {
                main += "<th scope=\"col\">\(HTML.escape(head(l)))</th>"
            }
            main += "</tr></thead><tbody>"
            for p in partners {
                main += "<tr><th scope=\"row\"><a href=\"\(HTML.escape(context.href(Routes.partner(p.code))))\">\(HTML.escape(Labels.partner(p.code, l)))</a></th>"
                main += "<td>\(HTML.escape(p.code))</td><td class=\"num\">\(p.instrumentCount)</td><td>\(Components.dateCell(p.lastDate, l))</td></tr>"
            }
            main += "</tbody></table></div>"
        }
        return Layout.page(title: context.t(Strings.partners), section: .partners, context: context, main: main)
    }

    /// One counterpart: its instruments, the areas they cover, and a timeline of their dates.
    public static func partner(_ detail: PartnerDetail, context: PageContext) -> String {
        let l = context.language
        let name = Labels.partnerWithCode(detail.code, l)
        let filter = InstrumentFilter(counterpart: detail.code)
        var main = "<h1>\(HTML.escape(name))</h1>"
        main += Components.exportLinks(filter, context: context)

        main += "<section aria-labelledby=\"areas\"><h2 id=\"areas\">\(HTML.escape(context.t(Strings.areasCovered)))</h2>"
        let covered = detail.areas.filter { $0.count > 0 }
        main += Charts.areaBars(covered, language: l, link: { area in
            context.href(Routes.instruments, InstrumentFilter(counterpart: detail.code, area: area).queryItems)
        })
        main += "</section>"

        main += "<section aria-labelledby=\"instruments\"><h2 id=\"instruments\">\(HTML.escape(context.t(Strings.instruments)))</h2>"
        main += Components.instrumentTable(detail.instruments, caption: name, context: context)
        main += "</section>"

        main += "<section aria-labelledby=\"timeline\"><h2 id=\"timeline\">\(HTML.escape(context.t(Strings.timeline)))</h2>"
        main += partnerTimeline(detail.instruments, context: context)
        main += "</section>"
        return Layout.page(title: name, section: .partners, context: context, main: main)
    }

    /// Signings, first reports and term ends of a set of instruments, in date order.
    static func partnerTimeline(_ instruments: [InstrumentSummary], context: PageContext) -> String {
        let l = context.language
        var entries: [(CalendarDate, Int, String, InstrumentSummary)] = []
        for s in instruments {
            if let d = s.signedDate {
                entries.append((d, 1, context.t(Strings.signed), s))
            } else if let d = s.firstDate {
                entries.append((d, 0, Labels.status(s.status, l), s))
            }
            if let d = s.termEnd { entries.append((d, 2, context.t(Strings.termEnd), s)) }
        }
        guard !entries.isEmpty else { return "<p class=\"empty\">\(HTML.escape(context.t(Strings.noData)))</p>" }
        entries.sort { ($0.0, $0.1, $0.3.id) < ($1.0, $1.1, $1.3.id) }
        var h = "<ol class=\"timeline\">"
        for (d, order, what, s) in entries {
            let future = d > context.today ? " future" : ""
            h += "<li class=\"tl-\(order)\(future)\">\(Components.dateCell(d, l)) <span class=\"what\">\(HTML.escape(what))</span> "
            h += "<a href=\"\(HTML.escape(context.href(Routes.instrument(s.id))))\">\(Components.titleHTML(s, l))</a></li>"
        }
        return h + "</ol>"
    }
}
