import AccordCore
import Foundation
import ThaiText

/// Renders instrument records as CSV (RFC 4180), JSON or iCalendar (RFC 5545).
public enum RegistryExport {
    /// One row per instrument; fields quoted when they hold a comma, quote or line break; CRLF rows.
    public static func csv(_ records: [InstrumentRecord]) -> String {
        let header = ["id", "kind", "title_th", "title_en", "counterparts", "areas", "status", "first_date", "last_date",
                      "signed_date", "term_end", "duration_years", "parties", "events", "sources"]
        var lines = [header.joined(separator: ",")]
        for r in records {
            let s = r.summary
            let events = r.timeline.map { "\($0.date?.iso ?? "?") \($0.kind.rawValue)" }.joined(separator: "; ")
            let sources = Array(Set(r.timeline.map { $0.source.url ?? "article \($0.source.articleId)" })).sorted().joined(separator: " ")
            let fields: [String] = [
                String(s.id), s.kind.rawValue, r.titleTh ?? "", r.titleEn ?? "", s.counterparts.joined(separator: " "),
                s.areas.map(\.rawValue).joined(separator: " "), s.status.rawValue, s.firstDate?.iso ?? "", s.lastDate?.iso ?? "",
                s.signedDate?.iso ?? "", s.termEnd?.iso ?? "", r.durationYears.map { String($0) } ?? "",
                r.parties.map(\.name).joined(separator: "; "), events, sources,
            ]
            lines.append(fields.map(quote).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func quote(_ f: String) -> String {
        guard f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return f }
        return "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The records as pretty-printed JSON.
    public static func json(_ records: [InstrumentRecord]) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try e.encode(records), as: UTF8.self)
    }

    /// An iCalendar with an all-day event for each signing (or renewal) and each known term end.
    ///
    /// - Parameter stamp: the DTSTAMP, `YYYYMMDDTHHMMSSZ`; passed in so output is reproducible.
    public static func ics(_ records: [InstrumentRecord], stamp: String) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Accord//Thailand cooperation instruments//EN", "CALSCALE:GREGORIAN"]
        func event(uid: String, date: CalendarDate, summary: String, description: String, url: String?) {
            lines.append("BEGIN:VEVENT")
            lines.append("UID:\(uid)@accord")
            lines.append("DTSTAMP:\(stamp)")
            lines.append("DTSTART;VALUE=DATE:\(compact(date))")
            lines.append("DTEND;VALUE=DATE:\(compact(date.adding(days: 1)))")
            lines.append("SUMMARY:\(escape(summary))")
            lines.append("DESCRIPTION:\(escape(description))")
            if let url { lines.append("URL:\(url)") }
            lines.append("END:VEVENT")
        }
        for r in records {
            let title = r.summary.title
            let who = r.summary.counterparts.isEmpty ? "" : " [" + r.summary.counterparts.joined(separator: ", ") + "]"
            for e in r.timeline where [.signing, .renewal, .exchange].contains(e.kind) {
                guard let d = e.date else { continue }
                event(uid: "instrument-\(r.summary.id)-event-\(e.id)", date: d, summary: "\(e.kind.label): \(title)\(who)",
                      description: "\(r.summary.kind.label). Source: \(e.source.title)", url: e.source.url)
            }
            if let end = r.summary.termEnd {
                event(uid: "instrument-\(r.summary.id)-term-end", date: end, summary: "Term ends: \(title)\(who)",
                      description: "\(r.summary.kind.label), signed \(r.summary.signedDate?.iso ?? "?") for \(r.durationYears.map { String($0) } ?? "?") years.",
                      url: nil)
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func compact(_ d: CalendarDate) -> String { d.iso.replacingOccurrences(of: "-", with: "") }

    /// TEXT value escaping (RFC 5545 §3.3.11).
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": break
            default: out.append(c)
            }
        }
        return out
    }

    /// Folds a content line at 75 octets without splitting a UTF-8 sequence (RFC 5545 §3.1).
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var out = ""
        var count = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let n = String(scalar).utf8.count
            if count + n > limit {
                out += "\r\n "
                count = 0
                limit = 74 // the leading space counts
            }
            out.unicodeScalars.append(scalar)
            count += n
        }
        return out
    }
}

/// Where the database lives: `--database` flag, else `ACCORD_DATABASE`, else `./accord.sqlite`.
public struct StoreConfiguration: Sendable, Equatable {
    public var databasePath: String

    /// Resolves once at start-up, in precedence order flag > environment > default.
    public static func resolve(flag: String?, environment: [String: String]) -> StoreConfiguration {
        if let flag, !flag.isEmpty { return StoreConfiguration(databasePath: flag) }
        if let env = environment["ACCORD_DATABASE"], !env.isEmpty { return StoreConfiguration(databasePath: env) }
        return StoreConfiguration(databasePath: "accord.sqlite")
    }

    public init(databasePath: String) { self.databasePath = databasePath }
}
