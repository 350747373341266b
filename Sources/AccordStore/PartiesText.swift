import AccordCore

/// An instrument's parties as one stored column (`instruments.parties_text`), so lists can compose
/// display titles without a join: parties separated by U+001E, name and English name by U+001F, in
/// the order the events first name them.
enum PartiesText {
    static let recordSeparator = "\u{1E}"
    static let unitSeparator = "\u{1F}"

    static func encode(_ parties: [(name: String, nameEn: String?)]) -> String {
        var seen = Set<String>()
        return parties.filter { seen.insert($0.name).inserted }
            .map { $0.name + unitSeparator + ($0.nameEn ?? "") }
            .joined(separator: recordSeparator)
    }

    static func decode(_ text: String) -> [InstrumentTitle.PartyName] {
        guard !text.isEmpty else { return [] }
        return text.components(separatedBy: recordSeparator).map { r in
            let f = r.components(separatedBy: unitSeparator)
            let en = f.count > 1 && !f[1].isEmpty ? f[1] : nil
            return InstrumentTitle.PartyName(th: f[0], en: en)
        }
    }

    /// The SQL that lists an instrument's parties in order (both dialects): `name`, and as `name_en` the
    /// Thai agency's code when the party is one (MDES: the short form people use), else its English name.
    static func query(instrument: String) -> String {
        """
        SELECT o.name AS name, coalesce(o.agency, min(p.name_en), o.name_en) AS name_en FROM event_parties p
        JOIN organisations o ON o.id = p.organisation_id JOIN events e ON e.id = p.event_id
        WHERE e.instrument_id = \(instrument) GROUP BY o.id, o.name, o.name_en, o.agency ORDER BY min(e.id), min(p.ordinal)
        """
    }
}
