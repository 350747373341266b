extension Views {
    /// The editor sign-in form; `error` is shown above it (already worded for people, escaped here).
    ///
    /// - Parameter next: where to go after signing in (a local path; sent back in a hidden `next` field).
    public static func signIn(error: String?, next: String? = nil, context: PageContext) -> String {
        var main = "<h1>\(HTML.escape(context.t(Strings.signIn)))</h1>"
        main += "<p>\(HTML.escape(context.t(Strings.signInHint)))</p>"
        if let error { main += "<p class=\"error\" role=\"alert\">\(HTML.escape(error))</p>" }
        main += "<form class=\"stack\" method=\"post\" action=\"\(HTML.escape(context.href(Routes.signIn)))\">"
        main += Layout.csrfField(context)
        if let next, next.hasPrefix("/"), !next.hasPrefix("//") {
            main += "<input type=\"hidden\" name=\"next\" value=\"\(HTML.escape(next))\">"
        }
        main += Components.input(name: "user", label: Strings.user, value: nil, extra: " autocomplete=\"username\" required", context: context)
        main += Components.input(name: "password", label: Strings.password, value: nil, type: "password", extra: " autocomplete=\"current-password\" required", context: context)
        main += "<div class=\"actions\"><button type=\"submit\">\(HTML.escape(context.t(Strings.signIn)))</button></div></form>"
        return Layout.page(title: context.t(Strings.signIn), section: .signIn, context: context, main: main)
    }
}
