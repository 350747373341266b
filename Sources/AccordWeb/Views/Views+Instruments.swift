import AccordCore
import AccordStore

extension Views {
    /// The instrument list: filter form, one page of instruments, pagination and export links for the same filter.
    public static func instrumentList(_ page: Page<InstrumentSummary>, filter: InstrumentFilter, context: PageContext) -> String {
        let l = context.language
        var main = "<h1>\(HTML.escape(context.t(Strings.instruments)))</h1>"
        main += Components.filterForm(filter, action: Routes.instruments, context: context)
        main += Components.exportLinks(filter, context: context)
        let caption = l == .th ? "ความตกลง \(page.total) รายการ" : "\(page.total) instruments"
        main += Components.instrumentTable(page.items, caption: caption, context: context)
        main += Components.pagination(page, context: context)
        return Layout.page(title: context.t(Strings.instruments), section: .instruments, context: context, main: main)
    }
}
