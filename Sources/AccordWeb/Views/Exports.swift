/// Encoders of instrument records for download: CSV for spreadsheets, JSON, iCalendar for calendars.
public enum Exports {
    /// `Content-Type` of `Exports.csv`.
    public static let csvContentType = "text/csv; charset=utf-8"
    /// `Content-Type` of `Exports.json`.
    public static let jsonContentType = "application/json; charset=utf-8"
    /// `Content-Type` of `Exports.iCalendar`.
    public static let iCalendarContentType = "text/calendar; charset=utf-8"
    /// Suggested download names (`Content-Disposition: attachment; filename=...`).
    public static let csvFileName = "accord-instruments.csv"
    public static let jsonFileName = "accord-instruments.json"
    public static let iCalendarFileName = "accord-instruments.ics"
}
