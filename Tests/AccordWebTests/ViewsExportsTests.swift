import AccordCore
import AccordStore
import Foundation
import Testing
@testable import AccordWeb

@Suite("Views: exports")
struct ViewsExportsTests {
    /// RFC 4180 parser for checking what a spreadsheet would read.
    static func parseCSV(_ s: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var it = Array(s.unicodeScalars)[...]
        while let c = it.popFirst() {
            if quoted {
                if c == "\"" {
                    if it.first == "\"" { field.unicodeScalars.append("\""); it = it.dropFirst() } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { row.append(field); field = ""
            } else if c == "\r", it.first == "\n" { it = it.dropFirst(); row.append(field); rows.append(row); row = []; field = ""
            } else { field.unicodeScalars.append(c) }
        }
        return rows
    }

    /// RFC 5545 unfolding on scalars: Swift's Character search would miss CRLF + space before a Thai combining mark.
    static func unfold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        let u = Array(s.unicodeScalars)
        var i = 0
        while i < u.count {
            if u[i] == "\r", i + 2 < u.count, u[i + 1] == "\n", u[i + 2] == " " { i += 3; continue }
            out.append(u[i]); i += 1
        }
        return String(out)
    }

    @Test("CSV: BOM, CRLF rows, quoting round-trips, Thai kept")
    func csvQuoting() {
        let text = "ก, \"ข\"\nค"
        let csv = Exports.csv([Fixture.record(text: text)])
        #expect(csv.hasPrefix("\u{FEFF}id,kind,"))
        #expect(csv.hasSuffix("\r\n"))
        let rows = Self.parseCSV(String(csv.dropFirst()))
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.count == Exports.csvHeader.count })
        let r = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        #expect(r["title_th"] == text)
        #expect(r["counterparts"] == "JP")
        #expect(r["term_end"] == "2027-03-01")
        #expect(r["duration_years"] == "5")
        #expect(r["events"] == "2024-02-20 cabinet-approval; 2024-03-01 signing")
    }

    @Test("CSV: cells that would run as formulas get an apostrophe", arguments: ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
    func formulaGuard(_ evil: String) {
        let rows = Self.parseCSV(String(Exports.csv([Fixture.record(text: evil)]).dropFirst()))
        let r = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        #expect(r["title_th"] == "'" + evil)
        #expect(Exports.csvField("a=b") == "a=b")
    }

    @Test("JSON: decodes back to the records")
    func json() throws {
        let records = [Fixture.record(text: Fixture.hostile)]
        let s = try Exports.json(records)
        let back = try JSONDecoder().decode([InstrumentRecord].self, from: Data(s.utf8))
        #expect(back == records)
    }

    @Test("iCalendar: CRLF, lines ≤ 75 octets, folded on scalar boundaries, escaped text")
    func iCalendar() {
        let title = "ความร่วมมือด้านดิจิทัล; ข้อ 1, 2 \\ ทดสอบ\nบรรทัดใหม่ " + String(repeating: "ยาว", count: 30)
        let ics = Exports.iCalendar([Fixture.record(text: title)], stamp: Date(timeIntervalSince1970: 1_764_633_600), language: .th)
        let bytes = Array(ics.utf8)
        // Every LF is preceded by CR, and the text ends with CRLF.
        for (i, b) in bytes.enumerated() where b == 10 { #expect(i > 0 && bytes[i - 1] == 13) }
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        let physical = ics.components(separatedBy: "\r\n").dropLast()
        for line in physical {
            #expect(line.utf8.count <= 75, "\(line.utf8.count) octets")
        }
        // Unfold and check content lines.
        let unfolded = Self.unfold(ics).components(separatedBy: "\r\n")
        let summaries = unfolded.filter { $0.hasPrefix("SUMMARY:") }
        #expect(summaries.count == 3, "two dated events and one term end")
        let escaped = "ความร่วมมือด้านดิจิทัล\\; ข้อ 1\\, 2 \\\\ ทดสอบ\\nบรรทัดใหม่ "
        #expect(summaries.allSatisfy { $0.contains(escaped) })
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20240301"))
        #expect(unfolded.contains("DTEND;VALUE=DATE:20240302"))
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20270301"))
        #expect(unfolded.contains("DTSTAMP:20251202T000000Z"))
        #expect(Scan.count(ics, "BEGIN:VEVENT") == 3)
    }

    @Test("iCalendar: UIDs are stable across exports")
    func stableUIDs() {
        let a = Exports.iCalendar([Fixture.record()], stamp: Date(timeIntervalSince1970: 0))
        let b = Exports.iCalendar([Fixture.record()], stamp: Date(timeIntervalSince1970: 99_999))
        let uids = { (s: String) in s.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
        #expect(uids(a) == uids(b))
        #expect(uids(a) == ["UID:accord-instrument-7-event-101@accord", "UID:accord-instrument-7-event-102@accord", "UID:accord-instrument-7-term-end@accord"])
        #expect(a != b)
    }

    @Test("iCalendar folding never splits a UTF-8 sequence")
    func foldBoundaries() {
        for prefix in 0..<4 {
            let line = "SUMMARY:" + String(repeating: "a", count: prefix) + String(repeating: "กิ่", count: 30)
            let folded = Exports.icsFold(line)
            // Cut the bytes at each CRLF: every piece must be valid UTF-8 on its own.
            var pieces: [[UInt8]] = [[]]
            let bytes = Array(folded.utf8)
            var i = 0
            while i < bytes.count {
                if bytes[i] == 13, i + 1 < bytes.count, bytes[i + 1] == 10 { pieces.append([]); i += 2; continue }
                pieces[pieces.count - 1].append(bytes[i]); i += 1
            }
            #expect(pieces.count > 1)
            for piece in pieces {
                #expect(piece.count <= 75)
                #expect(String(validating: piece, as: UTF8.self) != nil)
            }
            #expect(Self.unfold(folded) == line)
            // Continuation lines start at a cluster: never with a Thai vowel or tone mark.
            for cont in folded.unicodeScalars.split(separator: "\n").dropFirst() {
                #expect(cont.dropFirst().first?.properties.generalCategory != .nonspacingMark)
            }
        }
        #expect(Exports.icsText("a,b;c\\d\r\ne") == "a\\,b\\;c\\\\d\\ne")
    }
}
