import AccordCore
import AccordStore
import Foundation
import ThaiText

/// Atom (RFC 4287) feeds of new and changed records and of alerts, for feed readers.
public enum Feeds {
    /// A feed's identity and links.
    public struct Header: Sendable {
        /// The feed's permanent id (a tag URI built from its path and query).
        public var id: String
        public var title: String
        /// This feed's own URL (rel="self") and the page it mirrors (rel="alternate"), absolute.
        public var selfURL: String
        public var pageURL: String
        public var updated: Date
        public var language: Language
    }

    /// One entry.
    struct Entry {
        var id: String
        var title: String
        var updated: CalendarDate
        var link: String
        var summary: String
        var categories: [String]
    }

    /// The records, newest activity first: one entry each, its id stable per record, updated at its
    /// latest event, so a reader shows a record again when a new article changes it.
    public static func instruments(_ items: [InstrumentSummary], header: Header, base: String) -> String {
        let lang = header.language
        let entries = items.map { s -> Entry in
            var title = s.title
            if lang == .en, let en = s.titleEn, !en.isEmpty { title = en }
            let who = s.counterparts.isEmpty ? "" : " [" + s.counterparts.joined(separator: ", ") + "]"
            var summary = (lang == .th ? "สถานะ: " : "Status: ") + s.status.label
            if let signed = s.signedDate { summary += (lang == .th ? "; ลงนาม " : "; signed ") + signed.iso }
            if let end = s.termEnd { summary += (lang == .th ? "; สิ้นสุด " : "; term ends ") + end.iso }
            summary += lang == .th ? "; \(s.sourceCount) ข่าว" : "; \(s.sourceCount) source\(s.sourceCount == 1 ? "" : "s")"
            return Entry(id: "tag:accord,2026:instrument:\(s.id)", title: s.kind.rawValue.uppercased() + ": " + title + who,
                         updated: s.lastDate ?? s.firstDate ?? CalendarDate(year: 1970, month: 1, day: 1)!,
                         link: base + Routes.instrument(s.id), summary: summary,
                         categories: [s.kind.rawValue, s.status.rawValue] + s.counterparts)
        }
        return document(header, entries)
    }

    /// The alerts, newest due first: entry ids are the alerts' stable ids, updated on the day due;
    /// each links to its record and names the articles it rests on.
    public static func alerts(_ alerts: [InstrumentAlert], header: Header, base: String) -> String {
        let lang = header.language
        let entries = alerts.map { a -> Entry in
            var title = a.instrument.title
            if lang == .en, let en = a.instrument.titleEn, !en.isEmpty { title = en }
            var summary = lang == .th ? a.reasonTh : a.reason
            for e in a.evidence {
                summary += "\n" + (lang == .th ? "ที่มา: " : "Source: ") + e.articleTitle + (e.url.map { " <\($0)>" } ?? "")
            }
            return Entry(id: "tag:accord,2026:alert:" + a.id, title: (lang == .th ? a.kind.labelTh : a.kind.label) + ": " + title,
                         updated: a.due, link: base + Routes.instrument(a.instrument.id), summary: summary,
                         categories: [a.kind.rawValue] + a.instrument.counterparts)
        }
        return document(header, entries)
    }

    static func document(_ h: Header, _ entries: [Entry]) -> String {
        var x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        x += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(h.language.rawValue)\">\n"
        x += "  <id>\(xml(h.id))</id>\n"
        x += "  <title>\(xml(h.title))</title>\n"
        x += "  <updated>\(timestamp(h.updated))</updated>\n"
        x += "  <author><name>Accord</name></author>\n"
        x += "  <generator>Accord</generator>\n"
        x += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(xml(h.selfURL))\"/>\n"
        x += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(xml(h.pageURL))\"/>\n"
        for e in entries {
            x += "  <entry>\n"
            x += "    <id>\(xml(e.id))</id>\n"
            x += "    <title>\(xml(e.title))</title>\n"
            x += "    <updated>\(e.updated.iso)T00:00:00Z</updated>\n"
            x += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(xml(e.link))\"/>\n"
            for c in e.categories { x += "    <category term=\"\(xml(c))\"/>\n" }
            x += "    <summary type=\"text\">\(xml(e.summary))</summary>\n"
            x += "  </entry>\n"
        }
        x += "</feed>\n"
        return x
    }

    /// Text for XML 1.0: `& < > " '` escaped, characters XML cannot carry (most controls, lone
    /// surrogates cannot occur in a Swift String, U+FFFE/U+FFFF) dropped.
    static func xml(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(u)
            default:
                if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// RFC 3339 in UTC, whole seconds.
    static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let rest = seconds - days * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return CalendarDate(daysSinceEpoch: days).iso + "T" + two(rest / 3600) + ":" + two(rest / 60 % 60) + ":" + two(rest % 60) + "Z"
    }
}
