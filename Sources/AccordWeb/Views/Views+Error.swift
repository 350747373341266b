extension Views {
    /// An error page: the status code, a message worded for people (escaped here), and a way back.
    public static func error(status: Int, message: String, context: PageContext) -> String {
        let l = context.language
        let heading: String = switch status {
        case 400: l == .th ? "คำขอไม่ถูกต้อง" : "Bad request"
        case 401: l == .th ? "ต้องเข้าสู่ระบบ" : "Sign-in required"
        case 403: l == .th ? "ไม่มีสิทธิ์" : "Forbidden"
        case 404: l == .th ? "ไม่พบหน้านี้" : "Not found"
        case 413: l == .th ? "ข้อมูลใหญ่เกินไป" : "Too large"
        case 429: l == .th ? "มีคำขอมากเกินไป" : "Too many requests"
        case 500...599: l == .th ? "ระบบขัดข้อง" : "Server error"
        default: context.t(Strings.errorTitle)
        }
        var main = "<h1>\(HTML.escape(heading)) <span class=\"code\">(\(status))</span></h1>"
        main += "<p class=\"error\" role=\"alert\">\(HTML.escape(message))</p>"
        main += "<p><a href=\"\(HTML.escape(context.href(Routes.dashboard)))\">\(HTML.escape(context.t(Strings.backHome)))</a></p>"
        return Layout.page(title: heading, section: .none, context: context, main: main)
    }
}
