import AccordCore
import AccordStore

extension Exports {
    /// The CSV header, in column order.
    public static let csvHeader = [
        "id", "kind", "title_th", "title_en", "status", "international", "counterparts", "areas",
        "signed_date", "term_end", "duration_years", "first_date", "last_date", "place",
        "parties", "signatories", "events", "source_urls",
    ]

    /// One row per instrument (RFC 4180: CRLF rows, fields quoted when they hold `,` `"` CR or LF),
    /// UTF-8 with a byte-order mark so Excel reads Thai; cells that a spreadsheet would run as a
    /// formula (starting with `=` `+` `-` `@` tab or CR) get a leading apostrophe.
    public static func csv(_ records: [InstrumentRecord]) -> String {
        var out = "\u{FEFF}" + csvHeader.map(csvField).joined(separator: ",") + "\r\n"
        for r in records {
            let s = r.summary
            let parties = r.parties.map { p in p.country.map { "\(p.name) (\($0))" } ?? p.name }
            let signatories = r.signatories.map { p in
                [p.name, p.role.rawValue, p.position, p.country].compactMap { $0 }.joined(separator: ", ")
            }
            let events = r.timeline.map { "\($0.date?.iso ?? "undated") \($0.kind.rawValue)" }
            var urls: [String] = []
            for e in r.timeline { if let u = e.source.url, !urls.contains(u) { urls.append(u) } }
            let row: [String] = [
                String(s.id), s.kind.rawValue, r.titleTh ?? "", r.titleEn ?? "", s.status.rawValue,
                r.international ? "true" : "false", s.counterparts.joined(separator: " "),
                s.areas.map(\.rawValue).joined(separator: " "), s.signedDate?.iso ?? "", s.termEnd?.iso ?? "",
                r.durationYears.map(formatYears) ?? "", s.firstDate?.iso ?? "", s.lastDate?.iso ?? "", r.place ?? "",
                parties.joined(separator: "; "), signatories.joined(separator: "; "), events.joined(separator: "; "),
                urls.joined(separator: " "),
            ]
            out += row.map(csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// One CSV cell: formula guard first, then RFC 4180 quoting.
    static func csvField(_ value: String) -> String {
        var v = value
        if let first = v.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            v = "'" + v
        }
        guard v.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return v }
        return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func formatYears(_ y: Double) -> String {
        y.rounded() == y && abs(y) < 1e9 ? String(Int(y)) : String(y)
    }
}
