import AccordCore
import AccordStore

extension Views {
    /// The search page: the form, then (when `results` is given) instruments and articles best first, query words marked.
    ///
    /// - Parameters:
    ///   - query: the words as typed (shown back in the field).
    ///   - results: nil before a search; `RegistryStore.search(_:filter:limit:)` after.
    ///   - error: a message worded for people, e.g. for `RegistryError.emptyQuery`.
    public static func search(query: String, results: SearchResults?, filter: InstrumentFilter = InstrumentFilter(), error: String? = nil, context: PageContext) -> String {
        let l = context.language
        var main = "<h1>\(HTML.escape(context.t(Strings.search)))</h1>"
        main += "<form class=\"search\" method=\"get\" action=\"\(HTML.escape(Routes.search))\" role=\"search\">" + Layout.langField(context)
        main += "<div class=\"field wide\"><label for=\"f-q\">\(HTML.escape(context.t(Strings.query)))</label>"
        main += "<input id=\"f-q\" name=\"q\" type=\"search\" value=\"\(HTML.escape(query))\" aria-describedby=\"q-hint\"></div>"
        for item in filter.queryItems { main += "<input type=\"hidden\" name=\"\(HTML.escape(item.name))\" value=\"\(HTML.escape(item.value))\">" }
        main += "<div class=\"actions\"><button type=\"submit\">\(HTML.escape(context.t(Strings.search)))</button></div>"
        main += "<p id=\"q-hint\" class=\"hint\">\(HTML.escape(context.t(Strings.searchHint)))</p></form>"
        if let error { main += "<p class=\"error\" role=\"alert\">\(HTML.escape(error))</p>" }
        guard let results else {
            return Layout.page(title: context.t(Strings.search), section: .search, context: context, main: main)
        }
        let terms = searchTerms(results.query.isEmpty ? query : results.query)
        main += "<section aria-labelledby=\"r-instruments\"><h2 id=\"r-instruments\">\(HTML.escape(context.t(Strings.instruments))) (\(results.instruments.count))</h2>"
        if results.instruments.isEmpty {
            main += "<p class=\"empty\">\(HTML.escape(context.t(Strings.noResults)))</p>"
        } else {
            main += "<ol class=\"results\">"
            for hit in results.instruments {
                let s = hit.summary
                main += "<li><a href=\"\(HTML.escape(context.href(Routes.instrument(s.id))))\">\(markTerms(Components.displayTitle(s, l), terms))</a>"
                var other = ""
                if l == .en, s.titleEn != nil, s.titleEn != s.title { other = s.title }
                if l == .th, let en = s.titleEn, en != s.title { other = en }
                if !other.isEmpty { main += "<p class=\"snippet\">\(markTerms(other, terms))</p>" }
                main += "<p class=\"meta\">\(HTML.escape(Labels.kind(s.kind, l))) · \(Components.statusBadge(s.status, l)) · \(Components.partnerLinks(s.counterparts, context: context)) · \(Components.dateCell(s.lastDate, l))</p></li>"
            }
            main += "</ol>"
        }
        main += "</section>"
        main += "<section aria-labelledby=\"r-articles\"><h2 id=\"r-articles\">\(HTML.escape(context.t(Strings.articles))) (\(results.articles.count))</h2>"
        if results.articles.isEmpty {
            main += "<p class=\"empty\">\(HTML.escape(context.t(Strings.noResults)))</p>"
        } else {
            main += "<ol class=\"results\">"
            for hit in results.articles {
                let src = hit.source
                var title = markTerms(src.title, terms)
                if let url = src.url, url.hasPrefix("http://") || url.hasPrefix("https://") {
                    title = "<a href=\"\(HTML.escape(url))\" rel=\"noopener noreferrer external\">\(title)</a>"
                }
                main += "<li>\(title) <span class=\"meta\">\(Components.dateCell(src.published, l))</span>"
                if let snippet = hit.snippet { main += "<p class=\"snippet\">\(markTerms(snippet, terms))</p>" }
                if !hit.instrumentIds.isEmpty {
                    main += "<p class=\"meta\">\(HTML.escape(context.t(Strings.instruments))): "
                    main += hit.instrumentIds.map { "<a href=\"\(HTML.escape(context.href(Routes.instrument($0))))\">#\($0)</a>" }.joined(separator: ", ")
                    main += "</p>"
                }
                main += "</li>"
            }
            main += "</ol>"
        }
        main += "</section>"
        return Layout.page(title: context.t(Strings.search), section: .search, context: context, main: main)
    }

    /// The words of a query worth marking (operators and one-letter words dropped).
    static func searchTerms(_ query: String) -> [String] {
        ArticleHit.queryTerms(query)
    }

    /// Escapes `text` and wraps case-insensitive occurrences of the terms in `<mark>`.
    static func markTerms(_ text: String, _ terms: [String]) -> String {
        guard !terms.isEmpty else { return HTML.escape(text) }
        var marked = [Bool](repeating: false, count: text.unicodeScalars.count)
        let lower = Array(text.lowercased().unicodeScalars)
        // `lowercased()` can change the scalar count (rare outside Latin/Greek); then mark nothing rather than the wrong span.
        guard lower.count == marked.count else { return HTML.escape(text) }
        for term in terms {
            let t = Array(term.lowercased().unicodeScalars)
            guard !t.isEmpty, t.count <= lower.count else { continue }
            var i = 0
            while i + t.count <= lower.count {
                if lower[i..<(i + t.count)].elementsEqual(t) {
                    for k in i..<(i + t.count) { marked[k] = true }
                    i += t.count
                } else {
                    i += 1
                }
            }
        }
        var out = "", run = String.UnicodeScalarView(), inMark = false
        func flush() {
            guard !run.isEmpty else { return }
            out += inMark ? "<mark>\(HTML.escape(String(run)))</mark>" : HTML.escape(String(run))
            run = String.UnicodeScalarView()
        }
        for (i, s) in text.unicodeScalars.enumerated() {
            if marked[i] != inMark { flush(); inMark = marked[i] }
            run.append(s)
        }
        flush()
        return out
    }
}
