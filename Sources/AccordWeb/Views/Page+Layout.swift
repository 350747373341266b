import AccordCore

/// The frame every page shares: head, skip link, header with navigation and language switch, main, footer.
enum Layout {
    /// Which navigation entry is current (`aria-current="page"`).
    enum Section { case dashboard, instruments, partners, areas, search, alerts, ingest, review, signIn, none }

    /// A complete HTML document. `main` is already-escaped HTML.
    static func page(title: String, section: Section, context: PageContext, main: String) -> String {
        let l = context.language
        let nav: [(Section, String, Localized)] = [
            (.dashboard, Routes.dashboard, Strings.dashboard),
            (.instruments, Routes.instruments, Strings.instruments),
            (.partners, Routes.partners, Strings.partners),
            (.areas, Routes.areas, Strings.areas),
            (.search, Routes.search, Strings.search),
            (.alerts, Routes.alerts, Strings.alerts),
        ] + (context.signedIn ? [(.ingest, Routes.ingest, Strings.ingest), (.review, Routes.review, Strings.review)] : [])
        var navHTML = ""
        for (s, path, label) in nav {
            let current = s == section ? " aria-current=\"page\"" : ""
            navHTML += "<li><a href=\"\(HTML.escape(context.href(path)))\"\(current)>\(HTML.escape(label(l)))</a></li>"
        }
        let other: Language = l == .th ? .en : .th
        let account: String
        if context.signedIn {
            account = "<form method=\"post\" action=\"\(HTML.escape(context.href(Routes.signOut)))\" class=\"inline\">"
                + csrfField(context)
                + "<button type=\"submit\" class=\"link\">\(HTML.escape(context.t(Strings.signOut)))</button></form>"
        } else {
            let current = section == .signIn ? " aria-current=\"page\"" : ""
            account = "<a href=\"\(HTML.escape(context.href(Routes.signIn)))\"\(current)>\(HTML.escape(context.t(Strings.signIn)))</a>"
        }
        return """
        <!DOCTYPE html>
        <html lang="\(l.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title)) · \(HTML.escape(context.t(Strings.appShort)))</title>
        <link rel="stylesheet" href="\(Routes.stylesheet)">
        </head>
        <body>
        <a class="skip" href="#main">\(HTML.escape(context.t(Strings.skipToContent)))</a>
        <header class="site">
        <p class="brand"><a href="\(HTML.escape(context.href(Routes.dashboard)))">\(HTML.escape(context.t(Strings.appName)))</a></p>
        <nav aria-label="\(HTML.escape(context.t(Strings.mainNavigation)))"><ul>\(navHTML)</ul></nav>
        <p class="account"><a href="\(HTML.escape(context.switchLanguageHref))" lang="\(other.rawValue)" hreflang="\(other.rawValue)" title="\(HTML.escape(context.t(Strings.switchLanguageLabel)))">\(HTML.escape(context.t(Strings.switchLanguage)))</a> \(account)</p>
        </header>
        <main id="main" tabindex="-1">
        \(main)
        </main>
        <footer class="site"><p>\(HTML.escape(context.t(Strings.footer)))</p></footer>
        </body>
        </html>

        """
    }

    /// The hidden CSRF field every form carries; empty when the context has no token.
    static func csrfField(_ context: PageContext) -> String {
        guard let token = context.csrf else { return "" }
        return "<input type=\"hidden\" name=\"csrf\" value=\"\(HTML.escape(token))\">"
    }

    /// The hidden language field GET forms carry so results stay in the page's language.
    static func langField(_ context: PageContext) -> String {
        context.language == .en ? "<input type=\"hidden\" name=\"lang\" value=\"en\">" : ""
    }
}
