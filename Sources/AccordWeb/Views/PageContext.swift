import AccordCore
import ThaiText

/// One `name=value` pair of a URL query, decoded.
public struct QueryItem: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    /// Parses a raw query string (`a=1&b=%E0%B8%81`, without `?`); `+` means space; pairs without `=` get an empty value.
    public static func parse(_ raw: String) -> [QueryItem] {
        raw.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            if let eq = pair.firstIndex(of: "=") {
                return QueryItem(URLText.decode(pair[..<eq]), URLText.decode(pair[pair.index(after: eq)...]))
            }
            return QueryItem(URLText.decode(pair), "")
        }
    }

    /// Encodes items as a query string without the leading `?`.
    public static func encode(_ items: [QueryItem]) -> String {
        items.map { URLText.encode($0.name) + "=" + URLText.encode($0.value) }.joined(separator: "&")
    }
}

/// What every page needs besides its data: language, where it is, who is asking, and what day it is.
///
/// The language comes from the `lang` query parameter (`th` when absent or unknown, see
/// `PageContext.language(query:)`); links built by the views carry `lang=en` while in English,
/// so the server needs no cookie to keep the choice, and the language switch names its target
/// (`lang=th` or `lang=en`) so one that keeps a cookie updates it.
public struct PageContext: Sendable, Equatable {
    /// The language of the page's text (`.th` or `.en`).
    public var language: Language
    /// The request path, e.g. `/instruments`; used for the language switch and pagination links.
    public var path: String
    /// The request's decoded query items, in order.
    public var query: [QueryItem]
    /// The token every form carries in a hidden `csrf` field; nil renders no field (e.g. no session yet).
    public var csrf: String?
    /// Whether an editor is signed in (shows ingest and correction forms, sign-out button).
    public var signedIn: Bool
    /// Today (Bangkok), for "expiring soon" and relative wording.
    public var today: CalendarDate

    public init(language: Language, path: String, query: [QueryItem] = [], csrf: String? = nil, signedIn: Bool = false, today: CalendarDate) {
        self.language = language
        self.path = path
        self.query = query
        self.csrf = csrf
        self.signedIn = signedIn
        self.today = today
    }

    /// A context from a request's path and raw query string (without `?`); the language comes from its `lang`.
    public init(path: String, rawQuery: String?, csrf: String? = nil, signedIn: Bool = false, today: CalendarDate) {
        let query = QueryItem.parse(rawQuery ?? "")
        self.init(language: PageContext.language(query: query), path: path, query: query, csrf: csrf, signedIn: signedIn, today: today)
    }

    /// The language a request asks for: `lang=en` gives English, anything else Thai.
    public static func language(query: [QueryItem]) -> Language {
        query.last(where: { $0.name == "lang" })?.value.lowercased() == "en" ? .en : .th
    }

    /// The value of a query parameter (the last one when repeated), nil when absent.
    public func queryValue(_ name: String) -> String? {
        query.last(where: { $0.name == name })?.value
    }

    /// Picks the Thai or English form.
    func t(_ s: Localized) -> String { language == .th ? s.th : s.en }

    /// A link to an internal path that keeps the current language.
    func href(_ path: String, _ items: [QueryItem] = []) -> String {
        var all = items.filter { $0.name != "lang" }
        if language == .en { all.append(QueryItem("lang", "en")) }
        return all.isEmpty ? path : path + "?" + QueryItem.encode(all)
    }

    /// The current page in the other language; always names it (`lang=th` too), so a server that
    /// remembers the choice in a cookie sees the switch back to Thai.
    var switchLanguageHref: String {
        var items = query.filter { $0.name != "lang" }
        items.append(QueryItem("lang", language == .th ? "en" : "th"))
        return path + "?" + QueryItem.encode(items)
    }

    /// The current page with some query parameters replaced (nil value removes the parameter).
    func hrefReplacing(_ changes: [String: String?]) -> String {
        var items = query.filter { changes[$0.name] == nil && $0.name != "lang" }
        for (name, value) in changes.sorted(by: { $0.key < $1.key }) {
            if let value = value ?? nil { items.append(QueryItem(name, value)) }
        }
        return href(path, items)
    }
}
