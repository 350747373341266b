import AccordCore

/// The paths the pages link to; the server must route these (GET unless noted).
public enum Routes {
    /// Dashboard.
    public static let dashboard = "/"
    /// Instrument list; query: the `InstrumentFilter` items (see `InstrumentFilter.queryItems`) plus `offset`, `limit`.
    public static let instruments = "/instruments"
    /// One instrument.
    public static func instrument(_ id: Int64) -> String { "/instruments/\(id)" }
    /// POST: a hand correction of one instrument; form fields `field`, `value`, `csrf`.
    public static func corrections(_ id: Int64) -> String { "/instruments/\(id)/corrections" }
    /// Counterparts.
    public static let partners = "/partners"
    /// One counterpart by code (ISO alpha-2 or a body's acronym).
    public static func partner(_ code: String) -> String { "/partners/" + URLText.encode(code) }
    /// Areas.
    public static let areas = "/areas"
    /// One area by its code.
    public static func area(_ area: Area) -> String { "/areas/" + area.rawValue }
    /// Search; query `q` plus filter items.
    public static let search = "/search"
    /// GET the form; POST with `text`, `action` (`preview` or `save`) and `csrf`.
    public static let ingest = "/ingest"
    /// The review queue (signed-in users).
    public static let review = "/review"
    /// GET the form; POST with `user`, `password`, `next` and `csrf`.
    public static let signIn = "/signin"
    /// POST with `csrf`.
    public static let signOut = "/signout"
    /// Exports of the instruments matching the filter items in the query.
    public static let exportCSV = "/export/instruments.csv"
    public static let exportJSON = "/export/instruments.json"
    public static let exportICalendar = "/export/instruments.ics"
    /// What needs attention; query: the filter items plus `alert` (an `AlertKind`).
    public static let alerts = "/alerts"
    /// POST with `alert` (an alert id), `csrf` and `next`: acknowledge an alert (signed-in users).
    public static let acknowledgeAlert = "/alerts/acknowledge"
    /// Atom feeds with the list's filter items, and the calendar of term ends and planned signings.
    public static let instrumentsFeed = "/feeds/instruments.atom"
    public static let alertsFeed = "/feeds/alerts.atom"
    public static let deadlinesCalendar = "/feeds/deadlines.ics"
    /// The stylesheet (`Stylesheet.css`).
    public static let stylesheet = "/static/accord.css"
}
