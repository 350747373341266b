import AccordCore
import AccordStore

extension Views {
    /// Every area with its instrument count, as a bar chart and a table.
    public static func areaList(_ areas: [AreaCount], context: PageContext) -> String {
        let l = context.language
        var main = "<h1>\(HTML.escape(context.t(Strings.areas)))</h1>"
        main += Charts.areaBars(areas, language: l, link: { context.href(Routes.area($0)) })
        return Layout.page(title: context.t(Strings.areas), section: .areas, context: context, main: main)
    }

    /// One area: its instruments (one page, from `instruments(InstrumentFilter(area:), page:)`), pagination and exports.
    public static func area(_ area: Area, instruments: Page<InstrumentSummary>, context: PageContext) -> String {
        let l = context.language
        let name = Labels.area(area, l)
        var main = "<h1>\(HTML.escape(name))</h1>"
        let other: Language = l == .th ? .en : .th
        main += "<p class=\"lead\" lang=\"\(other.rawValue)\">\(HTML.escape(Labels.area(area, other)))</p>"
        main += Components.exportLinks(InstrumentFilter(area: area), context: context)
        let caption = l == .th ? "\(name): \(instruments.total) รายการ" : "\(name): \(instruments.total) instruments"
        main += Components.instrumentTable(instruments.items, caption: caption, context: context)
        main += Components.pagination(instruments, context: context)
        main += "<p><a href=\"\(HTML.escape(context.href(Routes.areas)))\">\(HTML.escape(context.t(Strings.allAreas)))</a></p>"
        return Layout.page(title: name, section: .areas, context: context, main: main)
    }
}
