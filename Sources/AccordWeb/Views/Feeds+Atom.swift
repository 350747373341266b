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
            let title = Components.displayTitle(s, lang)
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
            let title = Components.displayTitle(a.instrument, lang)
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

    /// Text for XML 1.0: escaped as for HTML (`& < > " '`), after dropping what XML cannot carry
    /// (controls other than tab and line breaks, U+FFFE, U+FFFF).
    static func xml(_ s: String) -> String {
        var kept = String.UnicodeScalarView()
        for u in s.unicodeScalars where !(u.value < 0x20 && u != "\t" && u != "\n" && u != "\r") && u.value != 0xFFFE && u.value != 0xFFFF {
            kept.append(u)
        }
        return HTML.escape(String(kept))
    }

    /// RFC 3339 in UTC, whole seconds.
    static func timestamp(_ date: Date) -> String {
        let t = Exports.utc(date)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return t.day.iso + "T" + two(t.hour) + ":" + two(t.minute) + ":" + two(t.second) + "Z"
    }
}
