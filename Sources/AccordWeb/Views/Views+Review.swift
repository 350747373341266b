import AccordCore
import AccordStore

extension Views {
    /// The review queue (signed-in users): records no reviewer has confirmed, least certain first, each
    /// with what lowered its confidence and a button that confirms it (an audited correction).
    public static func reviewQueue(_ page: Page<InstrumentSummary>, filter: InstrumentFilter, context: PageContext) -> String {
        let l = context.language
        var main = "<h1>\(HTML.escape(context.t(Strings.review)))</h1>"
        main += "<p class=\"note\">\(HTML.escape(context.t(Strings.reviewNote)))</p>"
        main += Components.filterForm(filter, action: Routes.review, context: context)
        guard !page.items.isEmpty else {
            return Layout.page(title: context.t(Strings.review), section: .review, context: context,
                               main: main + "<p class=\"empty\">\(HTML.escape(context.t(Strings.reviewEmpty)))</p>")
        }
        main += "<div class=\"scroll\"><table class=\"instruments\"><caption>\(HTML.escape(context.t(Strings.review)))</caption><thead><tr>"
        for head in [Strings.title, Strings.kind, Strings.partners, Strings.confidence, Strings.why, Strings.confirm] {
            main += "<th scope=\"col\">\(HTML.escape(head(l)))</th>"
        }
        main += "</tr></thead><tbody>"
        let back = context.href(Routes.review, filter.queryItems + [QueryItem("offset", String(page.offset))])
        for s in page.items {
            main += "<tr><th scope=\"row\"><a href=\"\(HTML.escape(context.href(Routes.instrument(s.id))))\">\(Components.titleHTML(s, l))</a></th>"
            main += "<td class=\"kind\">\(HTML.escape(Labels.kind(s.kind, l)))</td>"
            main += "<td>\(Components.partnerLinks(s.counterparts, context: context))</td>"
            main += "<td><meter min=\"0\" max=\"1\" low=\"0.5\" high=\"0.8\" optimum=\"1\" value=\"\(s.confidence)\">\(Int((s.confidence * 100).rounded())) %</meter> \(Int((s.confidence * 100).rounded())) %</td>"
            let reasons = s.confidenceReasons.map { Labels.confidenceReason($0, l) }
            main += "<td>\(reasons.isEmpty ? "—" : "<ul class=\"tags\">" + reasons.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>")</td>"
            main += "<td><form method=\"post\" action=\"\(HTML.escape(context.href(Routes.corrections(s.id))))\">" + Layout.csrfField(context)
            main += "<input type=\"hidden\" name=\"field\" value=\"confirmed\"><input type=\"hidden\" name=\"value\" value=\"yes\">"
            main += "<input type=\"hidden\" name=\"next\" value=\"\(HTML.escape(back))\">"
            main += "<button type=\"submit\">\(HTML.escape(context.t(Strings.confirm)))</button></form></td></tr>"
        }
        main += "</tbody></table></div>" + Components.pagination(page, context: context)
        return Layout.page(title: context.t(Strings.review), section: .review, context: context, main: main)
    }
}
