import Foundation
import ThaiText

extension ArticleHit {
    /// A short passage of `text` around the first place a query word occurs, for a results list.
    ///
    /// Backend-independent on purpose: SQLite's `snippet()` and PostgreSQL's `ts_headline` cut at
    /// their own token boundaries, which for Thai (no spaces between words) differ from each other and
    /// from what the reader typed. This looks for the words as typed, case-insensitively, skips the
    /// opening lines that repeat the headline, and cuts at spaces where it can. With no word found (a
    /// prefix match inside a longer word) it returns the article's opening words.
    public static func snippet(text: String, title: String, query: String, radius: Int = 90) -> String? {
        let terms = queryTerms(query).map { $0.lowercased() }
        // Work on scalars: Thai combining marks make Character offsets and lowercasing awkward.
        let body = Self.body(text: text, title: title)
        guard !body.isEmpty else { return nil }
        let scalars = Array(body.unicodeScalars)
        let lower = Array(body.lowercased().unicodeScalars)
        var hit: (Int, Int)?
        if lower.count == scalars.count {
            for term in terms {
                let t = Array(term.unicodeScalars)
                if let i = lower.firstIndex(of: t), hit == nil || i < hit!.0 { hit = (i, t.count) }
            }
        }
        let (at, length) = hit ?? (0, 0)
        var from = max(0, at - radius)
        var to = min(scalars.count, at + length + radius * 2 - (at - from))
        // Prefer whole words: move the cuts to the nearest space within a few characters.
        if from > 0, let s = (from..<min(at, from + 20)).first(where: { scalars[$0] == " " }) { from = s + 1 }
        if to < scalars.count, let s = stride(from: to, to: max(at + length, to - 20), by: -1).first(where: { scalars[$0 - 1] == " " }) { to = s - 1 }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[from..<to])
        let passage = String(out).trimmingCharacters(in: .whitespaces)
        return (from > 0 ? "…" : "") + passage + (to < scalars.count ? "…" : "")
    }

    /// The words of a query as typed, without quotes, prefix stars, operators and one-letter words.
    public static func queryTerms(_ query: String) -> [String] {
        query.split(whereSeparator: { $0.isWhitespace || $0 == "\"" || $0 == "*" })
            .map(String.init)
            .filter { $0.count > 1 && !["AND", "OR", "NOT"].contains($0.uppercased()) }
    }

    /// The text without its site headline, date line and repeated headline, in one line.
    static func body(text: String, title: String) -> String {
        var lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // The corpus format opens with the headline (site prefix), the date, then the headline again.
        let key = String(title.prefix(30))
        while let first = lines.first, lines.count > 1, !key.isEmpty, first.contains(key) || key.contains(first.prefix(30)) || Self.isDateLine(first) {
            lines.removeFirst()
        }
        if let last = lines.last, last.hasPrefix("ที่มา") { lines.removeLast() }
        return lines.joined(separator: " ")
    }

    static func isDateLine(_ line: String) -> Bool {
        line.count < 40 && line.hasPrefix("วัน") && line.contains(where: \.isNumber)
    }
}
