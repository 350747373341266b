import Foundation

/// A Thai government agency of the shipped list (`Resources/thai-agencies.tsv`, sources in
/// `Resources/thai-agencies.NOTICE`): ministries, departments, state agencies, state enterprises and
/// public universities with their English names and the short forms the news uses.
public struct ThaiAgency: Sendable, Equatable, Codable, Hashable {
    /// Stable upper-case id, the agency's usual English acronym (MDES, MFA, DEPA).
    public var code: String
    /// The ministry it belongs to, by code; nil for ministries and independent bodies.
    public var parent: String?
    /// ministry, department, agency, state-enterprise or university.
    public var kind: String
    public var thai: String
    public var english: String
    /// Short forms and older names as the news writes them (ดีอี, ดีอีเอส, กต.).
    public var aliases: [String]
}

/// The agency list and the lookup that normalises party names against it.
public enum ThaiAgencies {
    /// Every agency of the shipped list, in file order.
    public static let all: [ThaiAgency] = load()

    /// Agencies by code.
    public static let byCode: [String: ThaiAgency] = Dictionary(all.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })

    /// Every name and alias with its agency, longest first, compared without spaces and case.
    static let names: [(key: String, code: String)] = {
        var out: [(String, String)] = []
        for a in all {
            for n in [a.thai, a.english] + a.aliases where !n.isEmpty { out.append((key(n), a.code)) }
        }
        var seen = Set<String>()
        return out.filter { seen.insert($0.0).inserted }.sorted { $0.0.count > $1.0.count || $0.0.count == $1.0.count && $0.0 < $1.0 }
    }()

    static let exact: [String: String] = Dictionary(names.map { ($0.key, $0.code) }, uniquingKeysWith: { a, _ in a })

    static func key(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\u{200B}" }.map(Character.init))
    }

    /// The agency a party name stands for: an exact name or short form, else the longest agency name
    /// the party's name starts with ("กรมส่งเสริมการค้าระหว่างประเทศ กระทรวงพาณิชย์" → DITP), else the
    /// longest full agency name inside it. Short forms count only as the whole name: "กต." inside a
    /// sentence is not the ministry.
    public static func match(_ name: String) -> ThaiAgency? {
        let k = key(name)
        guard !k.isEmpty else { return nil }
        if let code = exact[k] { return byCode[code] }
        for (n, code) in names where n.count >= 6 && k.hasPrefix(n) { return byCode[code] }
        for (n, code) in names where n.count >= 8 && k.contains(n) {
            // Only official names, not aliases, may sit inside a longer description.
            if let a = byCode[code], key(a.thai) == n || key(a.english) == n { return a }
        }
        return nil
    }

    /// The agency code of an extracted party: only Thai parties (no country, or TH), by name then English name.
    public static func code(forParty p: Party) -> String? {
        guard p.country == nil || p.country == "TH" else { return nil }
        return (match(p.name) ?? p.nameEn.flatMap(match))?.code
    }

    /// The code and the codes of every agency under it (a ministry's departments), for filtering.
    public static func withDescendants(_ code: String) -> [String] {
        var out = [code]
        var i = 0
        while i < out.count {
            out += all.filter { $0.parent == out[i] && !out.contains($0.code) }.map(\.code)
            i += 1
        }
        return out
    }

    /// An agency by its code, case-insensitively, or by one of its names.
    public static func find(_ text: String) -> ThaiAgency? {
        let t = text.trimmingCharacters(in: .whitespaces)
        return byCode[t.uppercased()] ?? match(t)
    }

    static func load() -> [ThaiAgency] {
        guard let url = Bundle.module.url(forResource: "thai-agencies", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var out: [ThaiAgency] = []
        for (n, line) in text.split(separator: "\n").enumerated() where n > 0 {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard f.count >= 5, !f[0].isEmpty, !f[3].isEmpty else { continue }
            let aliases = f.count > 5 ? f[5].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : []
            out.append(ThaiAgency(code: f[0], parent: f[1].isEmpty ? nil : f[1], kind: f[2], thai: f[3], english: f[4], aliases: aliases))
        }
        return out
    }
}
