import AccordCore
import AccordExtraction
import AccordStore

extension Views {
    /// The ingest page (editors): a textarea for a pasted article, Preview and Save buttons, and the
    /// extraction preview (records, fields, evidence marked in the text) or the outcome of saving.
    ///
    /// The form posts to `Routes.ingest` with `text`, `csrf` and `action` = `preview` or `save`.
    /// - Parameters:
    ///   - text: the pasted text, shown back in the textarea.
    ///   - preview: what the extractor read from `ArticleReader.read(text: text)`; evidence offsets index that article's text.
    ///   - error: a message worded for people.
    ///   - outcome: what saving did, after a save.
    public static func ingest(text: String, preview: Extraction?, error: String?, outcome: IngestOutcome? = nil, context: PageContext) -> String {
        let l = context.language
        var main = "<h1>\(HTML.escape(context.t(Strings.ingest)))</h1>"
        if let error { main += "<p class=\"error\" role=\"alert\">\(HTML.escape(error))</p>" }
        if let outcome { main += outcomeBlock(outcome, context: context) }
        main += "<form class=\"stack\" method=\"post\" action=\"\(HTML.escape(context.href(Routes.ingest)))\">" + Layout.csrfField(context)
        main += "<div class=\"field wide\"><label for=\"f-text\">\(HTML.escape(context.t(Strings.articleText)))</label>"
        main += "<textarea id=\"f-text\" name=\"text\" rows=\"16\" required aria-describedby=\"text-hint\">\(HTML.escape(text))</textarea>"
        main += "<p id=\"text-hint\" class=\"hint\">\(HTML.escape(context.t(Strings.ingestHint)))</p></div>"
        main += "<div class=\"actions\"><button type=\"submit\" name=\"action\" value=\"preview\">\(HTML.escape(context.t(Strings.preview)))</button> "
        main += "<button type=\"submit\" name=\"action\" value=\"save\" class=\"primary\">\(HTML.escape(context.t(Strings.saveArticle)))</button></div></form>"

        if let preview {
            let article = ArticleReader.read(text: text)
            main += "<section aria-labelledby=\"preview\"><h2 id=\"preview\">\(HTML.escape(context.t(Strings.extraction)))</h2><dl class=\"details\">"
            main += "<div><dt>\(HTML.escape(context.t(Strings.title)))</dt><dd>\(HTML.escape(preview.source.title))</dd></div>"
            main += "<div><dt>\(HTML.escape(context.t(Strings.published)))</dt><dd>\(Components.dateCell(preview.source.published, l))</dd></div>"
            if let url = preview.source.url { main += "<div><dt>URL</dt><dd>\(HTML.escape(url))</dd></div>" }
            main += "<div><dt>\(HTML.escape(context.t(Strings.isAgreementNews)))</dt><dd>\(HTML.escape(context.t(preview.isAgreementNews ? Strings.yes : Strings.no)))</dd></div></dl>"
            if preview.agreements.isEmpty {
                main += "<p class=\"empty\">\(HTML.escape(context.t(Strings.noAgreements)))</p>"
            }
            for (i, a) in preview.agreements.enumerated() {
                main += "<section class=\"agreement\" aria-labelledby=\"agreement-\(i)\"><h3 id=\"agreement-\(i)\">\(HTML.escape(context.t(Strings.agreement))) \(i + 1): \(HTML.escape(Labels.kind(a.instrument, l)))</h3>"
                main += agreementFields(a, context: context)
                main += evidenceBlock(text: article.text, evidence: a.evidence, anchorPrefix: "pv-\(i)", context: context)
                main += "</section>"
            }
            main += "</section>"
        }
        return Layout.page(title: context.t(Strings.ingest), section: .ingest, context: context, main: main)
    }

    static func outcomeBlock(_ o: IngestOutcome, context: PageContext) -> String {
        let what: Localized = switch o.disposition {
        case .new: Strings.new
        case .revised: Strings.revised
        case .duplicate: Strings.duplicate
        }
        var h = "<div class=\"notice\" role=\"status\"><p><strong>\(HTML.escape(context.t(Strings.saved)))</strong>: \(HTML.escape(context.t(what))) (\(HTML.escape(context.t(Strings.revision)))  \(o.revision))</p>"
        func links(_ ids: [Int64], _ label: Localized) {
            guard !ids.isEmpty else { return }
            h += "<p>\(HTML.escape(context.t(label))): " + ids.map { "<a href=\"\(HTML.escape(context.href(Routes.instrument($0))))\">#\($0)</a>" }.joined(separator: ", ") + "</p>"
        }
        links(o.createdInstruments, Strings.created)
        links(o.updatedInstruments, Strings.updated)
        return h + "</div>"
    }

    /// An extracted agreement's fields as a description list.
    static func agreementFields(_ a: Agreement, context: PageContext) -> String {
        let l = context.language
        var h = "<dl class=\"details\">"
        func row(_ label: Localized, _ html: String) { h += "<div><dt>\(HTML.escape(label(l)))</dt><dd>\(html)</dd></div>" }
        row(Strings.event, HTML.escape(Labels.event(a.event, l)))
        var date = Components.dateCell(a.eventDate, l)
        if a.eventDateIsPublished { date += " <span class=\"meta\">(\(HTML.escape(context.t(Strings.dateFromPublication))))</span>" }
        row(Strings.date, date)
        row(Strings.titleTh, a.titleTh.map { "<span lang=\"th\">\(HTML.escape($0))</span>" } ?? "—")
        row(Strings.titleEn, a.titleEn.map { "<span lang=\"en\">\(HTML.escape($0))</span>" } ?? "—")
        row(Strings.scopeKind, HTML.escape(context.t(a.international ? Strings.international : Strings.domestic)))
        row(Strings.partners, a.counterparts.isEmpty ? "—" : HTML.escape(a.counterparts.map { Labels.partnerWithCode($0, l) }.joined(separator: ", ")))
        row(Strings.parties, a.parties.isEmpty ? "—" : "<ul>" + a.parties.map { p in
            "<li>\(HTML.escape(p.name))" + (p.country.map { " (\(HTML.escape($0)))" } ?? "") + "</li>"
        }.joined() + "</ul>")
        row(Strings.signatories, a.signatories.isEmpty ? "—" : "<ul>" + a.signatories.map { p in
            "<li>\(HTML.escape(p.name)) — \(HTML.escape(Labels.role(p.role, l)))" + (p.position.map { ", \(HTML.escape($0))" } ?? "") + "</li>"
        }.joined() + "</ul>")
        row(Strings.place, a.place.map(HTML.escape) ?? "—")
        row(Strings.term, a.durationYears.map { HTML.escape(Labels.years($0, l)) } ?? "—")
        row(Strings.scope, a.scope.isEmpty ? "—" : "<ol>" + a.scope.map { item in
            "<li>\(HTML.escape(item.text))" + (item.areas.isEmpty ? "" : " <span class=\"meta\">(\(HTML.escape(item.areas.map { Labels.area($0, l) }.joined(separator: ", "))))</span>") + "</li>"
        }.joined() + "</ol>")
        row(Strings.areas, a.areas.isEmpty ? "—" : HTML.escape(a.areas.map { Labels.area($0, l) }.joined(separator: ", ")))
        if !a.modalities.isEmpty { row(Strings.modalities, HTML.escape(a.modalities.map { Labels.modality($0, l) }.joined(separator: ", "))) }
        return h + "</dl>"
    }
}
