import Foundation
import ThaiText
import AccordCore

/// Reads articles in the corpus format (headline, date line, body, `ที่มา : URL`) or plain text.
public enum ArticleReader {
    static let sitePrefix = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-"

    /// Reads an article from text already in memory (pasted text works: published and newsId are then nil).
    public static func read(text raw: String) -> Article {
        let text = cleanLineEnds(raw)
        let scalars = Array(text.unicodeScalars)
        // Lines as scalar ranges.
        var lines: [Range<Int>] = []
        var start = 0
        for (i, s) in scalars.enumerated() where s == "\n" {
            lines.append(start..<i)
            start = i + 1
        }
        lines.append(start..<scalars.count)

        func str(_ r: Range<Int>) -> String { scalars.string(r) }
        func trimmed(_ r: Range<Int>) -> String { str(r).trimmingCharacters(in: .whitespaces) }

        var title = ""
        var titleLine = -1
        for (k, r) in lines.enumerated() {
            let t = trimmed(r)
            if t.isEmpty { continue }
            title = t
            titleLine = k
            break
        }
        let hadPrefix = title.hasPrefix(sitePrefix)
        if hadPrefix { title = String(title.dropFirst(sitePrefix.count)).trimmingCharacters(in: .whitespaces) }

        // The date line: the first non-empty line after the headline, when it is a date.
        var published: CalendarDate?
        var bodyStart = 0
        if titleLine >= 0 {
            bodyStart = lines[titleLine].upperBound
            var k = titleLine + 1
            var seen = 0
            while k < lines.count, seen < 2 {
                let t = trimmed(lines[k])
                if !t.isEmpty {
                    seen += 1
                    let n = ThaiNormalizer.normalize(t)
                    if let m = ThaiDate.mentions(in: n.scalars).first, m.range.lowerBound <= 16, !m.yearInferred {
                        published = m.date
                        bodyStart = lines[k].upperBound
                        break
                    }
                    if !hadPrefix { break }
                }
                k += 1
            }
            if !hadPrefix && published == nil { bodyStart = 0 }
        }

        // The source line: the last `ที่มา` line carrying a URL.
        var url: String?
        var newsId: String?
        var bodyEnd = scalars.count
        for r in lines.reversed() where r.lowerBound >= bodyStart {
            let t = trimmed(r)
            if t.hasPrefix("ที่มา"), let h = t.range(of: "http") {
                let u = String(t[h.lowerBound...]).trimmingCharacters(in: .whitespaces)
                url = u
                let digits = u.reversed().prefix { $0.isASCII && $0.isNumber }
                if !digits.isEmpty { newsId = String(digits.reversed()) }
                bodyEnd = r.lowerBound
                break
            }
        }
        if bodyEnd < bodyStart { bodyEnd = bodyStart }
        return Article(text: text, title: title, published: published, newsId: newsId, url: url,
                       bodyRange: bodyStart..<bodyEnd, language: detectLanguage(scalars))
    }

    /// Reads an article from bytes, rejecting empty, binary and non-UTF-8 input with the file named.
    public static func read(data: Data, path: String) throws(ArticleReadError) -> Article {
        if data.isEmpty { throw .empty(path: path) }
        if data.contains(0) { throw .binary(path: path) }
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8(path: path) }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0.value == 0xFEFF }) { throw .empty(path: path) }
        return read(text: text)
    }

    /// Reads an article file.
    public static func read(contentsOf url: URL) throws(ArticleReadError) -> Article {
        let path = url.path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw .missing(path: path) }
        if isDir.boolValue { throw .unreadable(path: path, reason: "is a directory") }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return try read(data: data, path: path)
    }

    /// Removes a BOM and turns CRLF and lone CR into LF.
    static func cleanLineEnds(_ raw: String) -> String {
        // Fast path: most files are already LF without a BOM.
        var needs = false
        for (k, b) in raw.utf8.enumerated() {
            if b == 0x0D || (k == 0 && b == 0xEF) { needs = true; break }
        }
        if !needs { return raw }
        var v = String.UnicodeScalarView()
        var prevCR = false
        var first = true
        for s in raw.unicodeScalars {
            defer { first = false }
            if first && s.value == 0xFEFF { continue }
            if s == "\r" { v.append("\n"); prevCR = true; continue }
            if s == "\n" && prevCR { prevCR = false; continue }
            prevCR = false
            v.append(s)
        }
        return String(v)
    }

    /// `th` when Thai letters are at least a fifth of the letters, else `en`.
    static func detectLanguage(_ scalars: [Unicode.Scalar]) -> Language {
        var thai = 0, latin = 0
        for s in scalars.prefix(4000) {
            if ScalarClass.isThai(s) { thai += 1 } else if ScalarClass.isLatinLetter(s) { latin += 1 }
        }
        return thai * 4 >= latin || thai > 200 ? .th : .en
    }
}
