import AccordCore
import AccordStore
import ThaiText

/// What the dashboard shows, gathered from several store calls.
public struct DashboardModel: Sendable, Equatable {
    /// Totals, per-year counts, partner × area counts and latest articles (`RegistryStore.stats()`).
    public var stats: RegistryStats
    /// Instruments whose term ends from today within the "expiring" status window
    /// (`InstrumentStatus.expiringWindowDays`, 180 days), soonest first: the panel and the status agree.
    public var expiringSoon: [InstrumentSummary]
    /// The most recently published agreement articles.
    public var latestArticles: [SourceRef]
    /// How many alerts there are, by kind (`Alerts`); empty when not computed.
    public var alertCounts: [AlertKind: Int] = [:]

    /// Builds the model from the store's stats.
    ///
    /// - Parameters:
    ///   - stats: `RegistryStore.stats()`.
    ///   - instruments: summaries to look for terms ending within the window of `today` (e.g. every
    ///     instrument from `instruments(InstrumentFilter(), page: PageRequest(limit: 10_000)).items`);
    ///     nil uses `stats.expiringSoon`, which the store cuts at the same window.
    ///   - today: the day the window counts from.
    public init(stats: RegistryStats, instruments: [InstrumentSummary]? = nil, today: CalendarDate) {
        self.stats = stats
        self.expiringSoon = DashboardModel.expiring(instruments ?? stats.expiringSoon, today: today)
        self.latestArticles = stats.latestArticles
    }

    /// Instruments whose term ends in `[today, today + expiringWindowDays]`, soonest first, ties by id.
    public static func expiring(_ instruments: [InstrumentSummary], today: CalendarDate) -> [InstrumentSummary] {
        let horizon = today.adding(days: InstrumentStatus.expiringWindowDays)
        return instruments
            .filter { s in s.termEnd.map { $0 >= today && $0 <= horizon } ?? false }
            .sorted { ($0.termEnd!, $0.id) < ($1.termEnd!, $1.id) }
    }
}

extension Views {
    /// The dashboard: totals, instruments per year (bar chart), partners × areas (heatmap), expiring soon, latest articles.
    public static func dashboard(_ model: DashboardModel, context: PageContext) -> String {
        let l = context.language
        let s = model.stats
        var main = "<h1>\(HTML.escape(context.t(Strings.dashboard)))</h1>"

        main += "<section aria-labelledby=\"totals\"><h2 id=\"totals\">\(HTML.escape(context.t(Strings.totals)))</h2><dl class=\"totals\">"
        let totals: [(Localized, Int, String?)] = [
            (Strings.instruments, s.instruments, Routes.instruments),
            (Strings.partners, s.partners, Routes.partners),
            (Strings.events, s.events, nil),
            (Strings.agreementArticles, s.agreementArticles, nil),
            (Strings.articles, s.articles, nil),
        ]
        for (label, n, path) in totals {
            let value = path.map { "<a href=\"\(HTML.escape(context.href($0)))\">\(n)</a>" } ?? String(n)
            main += "<div><dt>\(HTML.escape(label(l)))</dt><dd>\(value)</dd></div>"
        }
        main += "</dl>"
        let alertTotal = model.alertCounts.values.reduce(0, +)
        if alertTotal > 0 {
            main += "<h3>\(HTML.escape(context.t(Strings.alertsOpen))) <a href=\"\(HTML.escape(context.href(Routes.alerts)))\"><span class=\"n\">\(alertTotal)</span></a></h3><ul class=\"chips\">"
            for k in AlertKind.allCases {
                guard let n = model.alertCounts[k], n > 0 else { continue }
                let href = context.href(Routes.alerts, [QueryItem("alert", k.rawValue)])
                main += "<li><a href=\"\(HTML.escape(href))\">\(HTML.escape(l == .th ? k.labelTh : k.label))</a> <span class=\"n\">\(n)</span></li>"
            }
            main += "</ul>"
        }
        let statuses = InstrumentStatus.allCases.compactMap { st in s.byStatus[st.rawValue].map { (st, $0) } }
        if !statuses.isEmpty {
            main += "<h3>\(HTML.escape(context.t(Strings.byStatus)))</h3><ul class=\"chips\">"
            for (st, n) in statuses {
                let href = context.href(Routes.instruments, InstrumentFilter(status: st).queryItems)
                main += "<li><a href=\"\(HTML.escape(href))\">\(HTML.escape(Labels.status(st, l)))</a> <span class=\"n\">\(n)</span></li>"
            }
            main += "</ul>"
        }
        main += "</section>"

        main += "<section aria-labelledby=\"per-year\"><h2 id=\"per-year\">\(HTML.escape(context.t(Strings.perYear)))</h2>"
        main += Charts.perYear(s.perYear, language: l)
        main += "</section>"

        main += "<section aria-labelledby=\"heatmap\"><h2 id=\"heatmap\">\(HTML.escape(context.t(Strings.heatmap)))</h2>"
        main += Charts.heatmap(s.partnerAreas, language: l, link: { partner, area in
            context.href(Routes.instruments, InstrumentFilter(counterpart: partner, area: area).queryItems)
        }, partnerLink: { context.href(Routes.partner($0)) }, areaLink: { context.href(Routes.area($0)) })
        main += "</section>"

        main += "<section aria-labelledby=\"expiring\"><h2 id=\"expiring\">\(HTML.escape(context.t(Strings.expiringSoon)))</h2>"
        main += Components.instrumentTable(model.expiringSoon, caption: context.t(Strings.expiringSoon), context: context)
        main += "</section>"

        main += "<section aria-labelledby=\"latest\"><h2 id=\"latest\">\(HTML.escape(context.t(Strings.latestArticles)))</h2>"
        if model.latestArticles.isEmpty {
            main += "<p>\(HTML.escape(context.t(Strings.noData)))</p>"
        } else {
            main += "<ul class=\"articles\">"
            for a in model.latestArticles {
                main += "<li>" + Components.sourceLink(a, context: context) + "</li>"
            }
            main += "</ul>"
        }
        main += "</section>"
        return Layout.page(title: context.t(Strings.dashboard), section: .dashboard, context: context, main: main)
    }
}
