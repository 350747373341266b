import AccordCore
import AccordStore
import ThaiText

extension Views {
    /// What needs attention, newest due first: each alert with its reason, its record and the articles
    /// it rests on; filters like the list's plus the alert kind; links to the Atom feed and the calendar
    /// of the same filter.
    public static func alerts(_ page: Page<InstrumentAlert>, filter: InstrumentFilter, kind: AlertKind?, acknowledged: AcknowledgedAlerts = .hide,
                              thresholds: AlertThresholds, context: PageContext) -> String {
        let l = context.language
        var main = "<h1>\(HTML.escape(context.t(Strings.alerts)))</h1>"
        let note = l == .th
            ? "คำนวณจากลำดับเหตุการณ์ของแต่ละระเบียน ณ วันที่ \(context.today.iso): ครม. เห็นชอบแล้วไม่มีข่าวลงนามภายใน \(thresholds.approvalMonths) เดือน, ใกล้ครบอายุภายใน \(thresholds.termDays) วันโดยไม่มีการต่ออายุ, ครบอายุแล้ว, มีแผนลงนามแต่ไม่มีความคืบหน้าภายใน \(thresholds.planMonths) เดือน, และแหล่งข่าวที่ระบุวันลงนามหรืออายุต่างกัน"
            : "Read from each record's timeline on \(context.today.iso): cabinet approvals with no signing reported within \(thresholds.approvalMonths) months, terms ending within \(thresholds.termDays) days with no renewal, terms ended, planned signings with nothing reported within \(thresholds.planMonths) months, and sources that give different signing dates or terms."
        main += "<p class=\"note\">\(HTML.escape(note))</p>"
        var kindSelect = "<div class=\"field\"><label for=\"f-alert\">\(HTML.escape(context.t(Strings.alertKind)))</label><select id=\"f-alert\" name=\"alert\">"
        kindSelect += "<option value=\"\"\(kind == nil ? " selected" : "")>\(HTML.escape(context.t(Strings.any)))</option>"
        for k in AlertKind.allCases {
            kindSelect += "<option value=\"\(k.rawValue)\"\(k == kind ? " selected" : "")>\(HTML.escape(l == .th ? k.labelTh : k.label))</option>"
        }
        kindSelect += "</select></div>"
        kindSelect += "<div class=\"field\"><label for=\"f-acknowledged\">\(HTML.escape(context.t(Strings.acknowledgedFilter)))</label><select id=\"f-acknowledged\" name=\"acknowledged\">"
        for (value, label) in [(AcknowledgedAlerts.hide, Strings.acknowledgedHide), (.include, Strings.acknowledgedInclude), (.only, Strings.acknowledgedOnly)] {
            kindSelect += "<option value=\"\(value.rawValue)\"\(value == acknowledged ? " selected" : "")>\(HTML.escape(context.t(label)))</option>"
        }
        kindSelect += "</select></div>"
        main += Components.filterForm(filter, action: Routes.alerts, context: context, extraFields: kindSelect)
        let query = filter.queryItems + (kind.map { [QueryItem("alert", $0.rawValue)] } ?? [])
            + (acknowledged == .hide ? [] : [QueryItem("acknowledged", acknowledged.rawValue)])
        main += "<p class=\"feeds\"><a href=\"\(HTML.escape(context.href(Routes.alertsFeed, query)))\" type=\"application/atom+xml\">\(HTML.escape(context.t(Strings.atomFeed)))</a>"
        main += " · <a href=\"\(HTML.escape(context.href(Routes.deadlinesCalendar, filter.queryItems)))\" type=\"text/calendar\">\(HTML.escape(context.t(Strings.deadlinesCalendar)))</a></p>"
        guard !page.items.isEmpty else {
            return Layout.page(title: context.t(Strings.alerts), section: .alerts, context: context,
                               main: main + "<p class=\"empty\">\(HTML.escape(context.t(Strings.alertsEmpty)))</p>")
        }
        main += "<div class=\"scroll\"><table class=\"instruments alerts\"><caption>\(HTML.escape(context.t(Strings.alerts))) (\(page.total))</caption><thead><tr>"
        for head in [Strings.alertDue, Strings.alertKind, Strings.title, Strings.partners, Strings.alertWhy, Strings.alertSources, Strings.acknowledge] {
            main += "<th scope=\"col\">\(HTML.escape(head(l)))</th>"
        }
        main += "</tr></thead><tbody>"
        for a in page.items {
            main += "<tr id=\"\(HTML.escape(a.id))\"><td><time datetime=\"\(a.due.iso)\">\(a.due.iso)</time></td>"
            main += "<td class=\"kind\">\(HTML.escape(l == .th ? a.kind.labelTh : a.kind.label))</td>"
            main += "<th scope=\"row\"><a href=\"\(HTML.escape(context.href(Routes.instrument(a.instrument.id))))\">\(Components.titleHTML(a.instrument, l))</a></th>"
            main += "<td>\(Components.partnerLinks(a.instrument.counterparts, context: context))</td>"
            main += "<td>\(HTML.escape(l == .th ? a.reasonTh : a.reason))</td><td><ul class=\"sources\">"
            for e in a.evidence {
                let label = Labels.event(e.event, l) + (e.date.map { " " + $0.iso } ?? "")
                let link = context.href(Routes.instrument(a.instrument.id)) + "#event-\(e.eventId)"
                main += "<li><a href=\"\(HTML.escape(link))\">\(HTML.escape(label))</a>: \(HTML.escape(e.articleTitle))</li>"
            }
            main += "</ul></td><td>"
            if let ack = a.acknowledgement {
                main += HTML.escape(context.t(Strings.acknowledgedBy) + " " + ack.actor + " · " + ack.at)
            } else if context.signedIn {
                let back = context.href(Routes.alerts, query + [QueryItem("offset", String(page.offset))])
                main += "<form method=\"post\" action=\"\(HTML.escape(context.href(Routes.acknowledgeAlert)))\">" + Layout.csrfField(context)
                main += "<input type=\"hidden\" name=\"alert\" value=\"\(HTML.escape(a.id))\"><input type=\"hidden\" name=\"next\" value=\"\(HTML.escape(back))\">"
                main += "<button type=\"submit\">\(HTML.escape(context.t(Strings.acknowledge)))</button></form>"
            } else {
                main += "—"
            }
            main += "</td></tr>"
        }
        main += "</tbody></table></div>" + Components.pagination(page, context: context)
        return Layout.page(title: context.t(Strings.alerts), section: .alerts, context: context, main: main)
    }
}
