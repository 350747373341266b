import AccordCore
import AccordStore
import Foundation
import ThaiText

extension Exports {
    /// An iCalendar (RFC 5545) with one all-day VEVENT per dated timeline event and one per known
    /// term end: CRLF line endings, lines folded at 75 octets (never inside a UTF-8 sequence), text
    /// escaped (`\` `;` `,` newline), UIDs built from instrument and event ids so re-exports update
    /// the same calendar entries.
    ///
    /// - Parameters:
    ///   - stamp: the DTSTAMP (when the export was made); passed in so output is reproducible.
    ///   - language: which labels and titles the summaries use.
    ///   - deadlinesOnly: only what lies ahead to watch: term ends and planned signings (a subscription).
    public static func iCalendar(_ records: [InstrumentRecord], stamp: Date, language: Language = .en, deadlinesOnly: Bool = false) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Accord//Thailand cooperation instruments//EN",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + icsText(language == .th ? "Accord: ความตกลงความร่วมมือ" : "Accord: cooperation instruments"),
        ]
        let dtstamp = icsStamp(stamp)
        for r in records {
            let s = r.summary
            var title = s.title
            if language == .en, let en = r.titleEn ?? s.titleEn, !en.isEmpty { title = en }
            let who = s.counterparts.isEmpty ? "" : " [" + s.counterparts.joined(separator: ", ") + "]"
            for e in r.timeline {
                guard let d = e.date, !deadlinesOnly || e.kind == .plan else { continue }
                var description = e.source.title
                if e.dateIsPublished { description += language == .th ? "\n(ไม่ระบุวันที่ในข่าว ใช้วันที่เผยแพร่)" : "\n(no date in the article; publication date used)" }
                if let url = e.source.url { description += "\n" + url }
                lines += vevent(uid: "accord-instrument-\(s.id)-event-\(e.id)@accord", stamp: dtstamp, date: d,
                                summary: Labels.event(e.kind, language) + ": " + title + who,
                                description: description, url: e.source.url, categories: e.kind.rawValue)
            }
            if let end = s.termEnd {
                let label = language == .th ? "สิ้นสุดอายุ" : "Term ends"
                lines += vevent(uid: "accord-instrument-\(s.id)-term-end@accord", stamp: dtstamp, date: end,
                                summary: label + ": " + title + who,
                                description: r.durationYears.map { Labels.years($0, language) } ?? "",
                                url: nil, categories: "term-end")
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(icsFold).joined(separator: "\r\n") + "\r\n"
    }

    static func vevent(uid: String, stamp: String, date: CalendarDate, summary: String, description: String, url: String?, categories: String) -> [String] {
        var v = [
            "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp,
            "DTSTART;VALUE=DATE:" + icsDate(date), "DTEND;VALUE=DATE:" + icsDate(date.adding(days: 1)),
            "SUMMARY:" + icsText(summary), "CATEGORIES:" + icsText(categories), "TRANSP:TRANSPARENT",
        ]
        if !description.isEmpty { v.append("DESCRIPTION:" + icsText(description)) }
        // A URI value is not TEXT: it cannot be escaped, so one with spaces or controls is left out.
        if let url, url.hasPrefix("http"), !url.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) {
            v.append("URL:" + url)
        }
        v.append("END:VEVENT")
        return v
    }

    /// TEXT escaping (RFC 5545 §3.3.11): `\` `;` `,` escaped, line breaks as `\n`, other controls dropped.
    static func icsText(_ s: String) -> String {
        var out = ""
        var previousCR = false
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousCR { out += "\\n" }
            default:
                if u.value < 0x20 && u != "\t" || u.value == 0x7F { break }
                out.unicodeScalars.append(u)
            }
            previousCR = u == "\r"
        }
        return out
    }

    /// Folds a content line into lines of at most 75 octets; continuation lines start with one space.
    ///
    /// Cuts fall between grapheme clusters (a Thai consonant keeps its vowel and tone marks) and
    /// between scalars only inside a cluster too long for one line; never inside a UTF-8 sequence.
    static func icsFold(_ line: String) -> String {
        var out = "", count = 0
        func put(_ piece: String, size: Int) {
            if count + size > 75 {
                out += "\r\n "
                count = 1
            }
            out += piece
            count += size
        }
        for ch in line {
            let size = ch.utf8.count
            if size <= 74 {
                put(String(ch), size: size)
            } else {
                for u in ch.unicodeScalars { put(String(u), size: String(u).utf8.count) }
            }
        }
        return out
    }

    static func icsDate(_ d: CalendarDate) -> String { d.iso.replacingOccurrences(of: "-", with: "") }

    /// `YYYYMMDDTHHMMSSZ` in UTC.
    static func icsStamp(_ date: Date) -> String {
        let t = utc(date)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return icsDate(t.day) + "T" + two(t.hour) + two(t.minute) + two(t.second) + "Z"
    }

    /// The UTC day and time of day of an instant, whole seconds (for DTSTAMP and Atom's `updated`).
    static func utc(_ date: Date) -> (day: CalendarDate, hour: Int, minute: Int, second: Int) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let rest = seconds - days * 86_400
        return (CalendarDate(daysSinceEpoch: days), rest / 3600, rest / 60 % 60, rest % 60)
    }
}
