import AccordCore
import AccordStore
import Foundation
import ThaiText

extension InstrumentRecord {
    /// The ids of the articles its timeline cites, first citation first, each once: the `sources` to fetch for `Views.instrument`.
    public var sourceArticleIds: [Int64] {
        var seen = Set<Int64>()
        return timeline.compactMap { seen.insert($0.source.articleId).inserted ? $0.source.articleId : nil }
    }
}

extension Views {
    /// One instrument: details, parties, signatories, scope, timeline, source articles with highlighted evidence, corrections.
    ///
    /// - Parameters:
    ///   - sources: the articles of `record.sourceArticleIds` (`RegistryStore.article(_:)`); missing ones are listed without text.
    ///   - corrections: the audit log (`RegistryStore.corrections(instrument:)`), oldest first.
    ///   - links: why each source was joined (`RegistryStore.links(instrument:)`); the section is left out when empty.
    public static func instrument(_ record: InstrumentRecord, sources: [ArticleRecord], corrections: [Correction],
                                  links: [LinkExplanation] = [], context: PageContext) -> String {
        let l = context.language
        let s = record.summary
        let title = Components.displayTitle(s, l)
        var main = "<article class=\"instrument\"><h1>\(Components.titleHTML(s, l))</h1>"
        if Components.titleIsComposed(s, l) {
            main += "<p class=\"note\">\(HTML.escape(context.t(Strings.composedTitleNote)))</p>"
        }

        // Details.
        main += "<section aria-labelledby=\"details\"><h2 id=\"details\">\(HTML.escape(context.t(Strings.details)))</h2><dl class=\"details\">"
        func row(_ label: Localized, _ valueHTML: String) {
            main += "<div><dt>\(HTML.escape(label(l)))</dt><dd>\(valueHTML)</dd></div>"
        }
        row(Strings.kind, HTML.escape(Labels.kind(s.kind, l)))
        row(Strings.titleTh, record.titleTh.map { "<span lang=\"th\">\(HTML.escape($0))</span>" } ?? "—")
        row(Strings.titleEn, record.titleEn.map { "<span lang=\"en\">\(HTML.escape($0))</span>" } ?? "—")
        row(Strings.status, Components.statusBadge(s.status, l) + " " + HTML.escape(Components.statusDetail(s, l)))
        var trust = "\(Int((s.confidence * 100).rounded())) %"
        if !s.confidenceReasons.isEmpty { trust += " (" + s.confidenceReasons.map { Labels.confidenceReason($0, l) }.joined(separator: "; ") + ")" }
        row(Strings.confidence, HTML.escape(trust) + (s.confirmed ? " <span class=\"status status-confirmed\">\(HTML.escape(context.t(Strings.confirmedByReviewer)))</span>" : ""))
        row(Strings.scopeKind, HTML.escape(context.t(record.international ? Strings.international : Strings.domestic)))
        var term = s.signedDate == nil && s.termEnd == nil ? "—" : Components.dateCell(s.signedDate, l) + " – " + Components.dateCell(s.termEnd, l)
        if let y = record.durationYears { term += " (\(HTML.escape(Labels.years(y, l))))" }
        row(Strings.term, term)
        row(Strings.place, record.place.map(HTML.escape) ?? "—")
        row(Strings.partners, Components.partnerLinks(s.counterparts, context: context))
        row(Strings.areas, Components.areaLinks(s.areas, context: context))
        if !record.modalities.isEmpty {
            row(Strings.modalities, HTML.escape(record.modalities.map { Labels.modality($0, l) }.joined(separator: ", ")))
        }
        main += "</dl></section>"

        // Parties.
        main += "<section aria-labelledby=\"parties\"><h2 id=\"parties\">\(HTML.escape(context.t(Strings.parties)))</h2>"
        if record.parties.isEmpty {
            main += "<p class=\"empty\">\(HTML.escape(context.t(Strings.noData)))</p>"
        } else {
            main += "<div class=\"scroll\"><table><caption>\(HTML.escape(context.t(Strings.parties)))</caption><thead><tr>"
            main += "<th scope=\"col\">\(HTML.escape(context.t(Strings.name)))</th><th scope=\"col\">\(HTML.escape(context.t(Strings.agency)))</th><th scope=\"col\">\(HTML.escape(context.t(Strings.country)))</th></tr></thead><tbody>"
            for p in record.parties {
                var name = HTML.escape(p.name)
                if let en = p.nameEn, !en.isEmpty, en != p.name { name += "<br><span lang=\"en\" class=\"meta\">\(HTML.escape(en))</span>" }
                let country = p.country.map { HTML.escape(Labels.partnerWithCode($0, l)) } ?? "—"
                // The agency the name was normalised to, linking to every record it is party to.
                let agency = p.agency.flatMap { ThaiAgencies.byCode[$0] }.map { a in
                    "<a href=\"\(HTML.escape(context.href(Routes.instruments, [QueryItem("agency", a.code)])))\" title=\"\(HTML.escape(l == .th ? a.thai : a.english))\">\(HTML.escape(a.code))</a>"
                } ?? "—"
                main += "<tr><th scope=\"row\">\(name)</th><td>\(agency)</td><td>\(country)</td></tr>"
            }
            main += "</tbody></table></div>"
        }
        main += "</section>"

        // Signatories.
        let eventsById = Dictionary(record.timeline.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        main += "<section aria-labelledby=\"signatories\"><h2 id=\"signatories\">\(HTML.escape(context.t(Strings.signatories)))</h2>"
        if record.signatories.isEmpty {
            main += "<p class=\"empty\">\(HTML.escape(context.t(Strings.noData)))</p>"
        } else {
            main += "<div class=\"scroll\"><table><caption>\(HTML.escape(context.t(Strings.signatories)))</caption><thead><tr>"
            for head in [Strings.name, Strings.role, Strings.position, Strings.country, Strings.event] {
                main += "<th scope=\"col\">\(HTML.escape(head(l)))</th>"
            }
            main += "</tr></thead><tbody>"
            for p in record.signatories {
                let event = eventsById[p.eventId].map { Labels.event($0.kind, l) + " " + Labels.date($0.date, l) } ?? "—"
                main += "<tr><th scope=\"row\">\(HTML.escape(p.name))</th><td>\(HTML.escape(Labels.role(p.role, l)))</td>"
                main += "<td>\(p.position.map(HTML.escape) ?? "—")</td><td>\(p.country.map { HTML.escape(Labels.partnerWithCode($0, l)) } ?? "—")</td>"
                main += "<td>\(HTML.escape(event))</td></tr>"
            }
            main += "</tbody></table></div>"
        }
        main += "</section>"

        // Scope.
        main += "<section aria-labelledby=\"scope\"><h2 id=\"scope\">\(HTML.escape(context.t(Strings.scope)))</h2>"
        if record.scope.isEmpty {
            main += "<p class=\"empty\">\(HTML.escape(context.t(Strings.noData)))</p>"
        } else {
            main += "<ol class=\"scope\">"
            for item in record.scope {
                main += "<li><span class=\"scope-text\">\(HTML.escape(item.text))</span>"
                if !item.areas.isEmpty { main += " " + Components.areaLinks(item.areas, context: context) }
                main += "</li>"
            }
            main += "</ol>"
        }
        main += "</section>"

        // Timeline.
        main += "<section aria-labelledby=\"timeline\"><h2 id=\"timeline\">\(HTML.escape(context.t(Strings.timeline)))</h2><ol class=\"timeline\">"
        for e in record.timeline {
            main += "<li>" + Components.dateCell(e.date, l)
            if e.dateIsPublished { main += "<abbr class=\"note\" title=\"\(HTML.escape(context.t(Strings.dateFromPublication)))\">*</abbr>" }
            main += " <span class=\"what\">\(HTML.escape(Labels.event(e.kind, l)))</span>"
            if let place = e.place { main += " · \(HTML.escape(place))" }
            main += " — <a href=\"#article-\(e.source.articleId)\">\(HTML.escape(e.source.title))</a></li>"
        }
        main += "</ol>"
        if record.timeline.contains(where: \.dateIsPublished) {
            main += "<p class=\"meta\">* \(HTML.escape(context.t(Strings.dateFromPublication)))</p>"
        }
        main += "</section>"

        // Sources with evidence.
        main += "<section aria-labelledby=\"sources\"><h2 id=\"sources\">\(HTML.escape(context.t(Strings.sourceArticles)))</h2>"
        let byId = Dictionary(sources.map { ($0.source.articleId, $0) }, uniquingKeysWith: { a, _ in a })
        for articleId in record.sourceArticleIds {
            let events = record.timeline.filter { $0.source.articleId == articleId }
            guard let first = events.first else { continue }
            main += "<section class=\"source\" id=\"article-\(articleId)\" aria-labelledby=\"article-\(articleId)-h\">"
            main += "<h3 id=\"article-\(articleId)-h\">\(Components.sourceLink(first.source, context: context))</h3>"
            var meta = "\(HTML.escape(context.t(Strings.revision))) \(first.source.revision)"
            if let newsId = first.source.newsId { meta += " · newsId \(HTML.escape(newsId))" }
            if let a = byId[articleId], !a.isCurrent { meta += " · \(HTML.escape(context.t(Strings.olderRevision)))" }
            main += "<p class=\"meta\">\(meta)</p>"
            let evidence = events.flatMap(\.evidence)
            if let article = byId[articleId] {
                main += evidenceBlock(text: article.text, evidence: evidence, anchorPrefix: "ev-\(articleId)", context: context)
            } else {
                main += "<p class=\"empty\">\(HTML.escape(context.t(Strings.noSourceText)))</p>"
            }
            main += "</section>"
        }
        main += "</section>"

        if !links.isEmpty { main += linksSection(links, timeline: record.timeline, context: context) }

        // Corrections.
        main += "<section aria-labelledby=\"corrections\"><h2 id=\"corrections\">\(HTML.escape(context.t(Strings.corrections)))</h2>"
        main += correctionsTable(corrections, context: context)
        if context.signedIn {
            main += correctionForm(record, context: context)
        }
        main += "</section></article>"
        return Layout.page(title: title, section: .instruments, context: context, main: main)
    }

    /// The evidence table and the article text with the spans marked.
    static func evidenceBlock(text: String, evidence: [Evidence], anchorPrefix: String, context: PageContext) -> String {
        let l = context.language
        let (html, excerpts) = EvidenceHighlight.render(text, evidence: evidence, anchorPrefix: anchorPrefix, fieldLabel: { EvidenceHighlight.fieldLabel($0, l) })
        var h = ""
        if !excerpts.isEmpty {
            h += "<div class=\"scroll\"><table class=\"evidence\"><caption>\(HTML.escape(context.t(Strings.evidence)))</caption><thead><tr>"
            h += "<th scope=\"col\">\(HTML.escape(context.t(Strings.field)))</th><th scope=\"col\">\(HTML.escape(context.t(Strings.excerpt)))</th></tr></thead><tbody>"
            for x in excerpts {
                let label = HTML.escape(EvidenceHighlight.fieldLabel(x.evidence.field, l))
                var cell = x.anchor.map { "<a href=\"#\(HTML.escape($0))\">\(HTML.escape(x.text))</a>" } ?? "—"
                if x.outOfRange { cell += " <span class=\"warn\">(\(HTML.escape(context.t(Strings.evidenceOutOfRange))) \(x.evidence.start)–\(x.evidence.end))</span>" }
                h += "<tr><th scope=\"row\">\(label)</th><td>\(cell)</td></tr>"
            }
            h += "</tbody></table></div>"
        }
        h += "<details open><summary>\(HTML.escape(context.t(Strings.originalArticle)))</summary><div class=\"article-text\" lang=\"th\">\(html)</div></details>"
        return h
    }

    /// The linker's reasons for joining each contribution, so a reader can judge a doubtful merge.
    static func linksSection(_ links: [LinkExplanation], timeline: [TimelineEvent], context: PageContext) -> String {
        let l = context.language
        let events = Dictionary(timeline.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func describe(_ id: Int64?) -> String {
            guard let id else { return "—" }
            guard let e = events[id] else { return "#\(id)" }
            return Labels.event(e.kind, l) + " " + Labels.date(e.date, l)
        }
        var h = "<section aria-labelledby=\"links\"><h2 id=\"links\">\(HTML.escape(context.t(Strings.links)))</h2>"
        h += "<div class=\"scroll\"><table><caption>\(HTML.escape(context.t(Strings.linksCaption)))</caption><thead><tr>"
        for head in [Strings.event, Strings.originalArticle, Strings.matchedEvent, Strings.score, Strings.reasons] {
            h += "<th scope=\"col\">\(HTML.escape(head(l)))</th>"
        }
        h += "</tr></thead><tbody>"
        for x in links {
            h += "<tr><th scope=\"row\">\(HTML.escape(describe(x.eventId)))</th>"
            h += "<td><a href=\"#article-\(x.source.articleId)\">\(HTML.escape(x.source.title))</a></td>"
            h += "<td>\(x.matchedEventId == nil ? HTML.escape(context.t(Strings.founded)) : HTML.escape(describe(x.matchedEventId)))</td>"
            h += "<td class=\"num\">\(x.matchedEventId == nil ? "—" : String(format: "%.2f", x.score))</td>"
            h += "<td><ul class=\"reasons\" lang=\"en\">" + x.reasons.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul></td></tr>"
        }
        return h + "</tbody></table></div></section>"
    }

    static func correctionsTable(_ corrections: [Correction], context: PageContext) -> String {
        let l = context.language
        guard !corrections.isEmpty else { return "<p class=\"empty\">\(HTML.escape(context.t(Strings.noCorrections)))</p>" }
        var h = "<div class=\"scroll\"><table><caption>\(HTML.escape(context.t(Strings.corrections)))</caption><thead><tr>"
        for head in [Strings.when, Strings.field, Strings.oldValue, Strings.newValue, Strings.actor] {
            h += "<th scope=\"col\">\(HTML.escape(head(l)))</th>"
        }
        h += "</tr></thead><tbody>"
        for c in corrections {
            h += "<tr><th scope=\"row\"><time datetime=\"\(HTML.escape(c.at))\">\(HTML.escape(c.at))</time></th>"
            h += "<td>\(HTML.escape(Labels.field(c.field, l)))</td><td>\(c.oldValue.map(HTML.escape) ?? "—")</td>"
            h += "<td>\(c.newValue.map(HTML.escape) ?? "—")</td><td>\(HTML.escape(c.actor))</td></tr>"
        }
        return h + "</tbody></table></div>"
    }

    static func correctionForm(_ record: InstrumentRecord, context: PageContext) -> String {
        let l = context.language
        var h = "<form class=\"stack\" method=\"post\" action=\"\(HTML.escape(context.href(Routes.corrections(record.summary.id))))\">"
        h += "<fieldset><legend>\(HTML.escape(context.t(Strings.correct)))</legend>" + Layout.csrfField(context)
        h += "<div class=\"field\"><label for=\"f-field\">\(HTML.escape(context.t(Strings.field)))</label><select id=\"f-field\" name=\"field\" required>"
        for f in CorrectableField.allCases {
            h += "<option value=\"\(f.rawValue)\">\(HTML.escape(Labels.field(f, l)))</option>"
        }
        h += "</select></div>"
        h += Components.input(name: "value", label: Strings.value, value: nil, context: context)
        h += "<div class=\"actions\"><button type=\"submit\">\(HTML.escape(context.t(Strings.save)))</button></div></fieldset></form>"
        return h
    }
}
