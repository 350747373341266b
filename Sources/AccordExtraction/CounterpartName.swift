import Foundation
import ThaiText

/// Counterparts as people type them: a code (JP, ASEAN), a Thai or English name (ญี่ปุ่น, Japan).
public enum CounterpartName {
    /// What a typed counterpart names.
    public enum Resolution: Equatable, Sendable {
        case code(String)
        /// Nothing matched; the closest known names and codes, best first.
        case unknown(suggestions: [String])
    }

    /// Every code the lexicon knows (countries by ISO 3166-1 alpha-2, bodies by their acronym).
    public static var knownCodes: Set<String> {
        Set(CountryLexicon.shared.byFirst.values.flatMap { $0.map(\.code) }.filter { !$0.contains("+") })
    }

    /// The code for a typed counterpart, or suggestions when it names nothing known.
    public static func resolve(_ typed: String) -> Resolution {
        let t = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.isEmpty else { return .unknown(suggestions: []) }
        let known = knownCodes
        if known.contains(t.uppercased()) { return .code(t.uppercased()) }
        let s = Array(ThaiNormalizer.normalizedString(t).unicodeScalars)
        if let (code, end) = CountryLexicon.shared.match(s, at: 0), end == s.count {
            return .code(CountryLexicon.primary(code))
        }
        let lower = t.lowercased()
        let names = CountryLexicon.shared.byFirst.values.flatMap { $0 }.map { (String(String.UnicodeScalarView($0.name)), $0.code) }
        let ranked = names.map { (name: $0.0, code: $0.1, d: distance($0.0.lowercased(), lower)) }
            .filter { $0.d <= max(2, lower.count / 3) }
            .sorted { ($0.d, $0.name) < ($1.d, $1.name) }
        var out: [String] = []
        for r in ranked where !out.contains("\(r.name) (\(r.code))") {
            out.append("\(r.name) (\(r.code))")
            if out.count == 3 { break }
        }
        return .unknown(suggestions: out)
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var row = Array(0...y.count)
        for i in 1...x.count {
            var previous = row[0]
            row[0] = i
            for j in 1...y.count {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (x[i - 1] == y[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[y.count]
    }
}
