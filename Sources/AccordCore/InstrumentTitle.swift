/// Titles people can read for every instrument: the article's own name when it gives one, else a title
/// composed from the kind, the parties and the subject, marked as composed.
public enum InstrumentTitle {
    /// A record's title in both languages, and which of them were composed.
    public struct Display: Sendable, Equatable, Codable {
        public var th: String
        public var en: String
        public var composedTh: Bool
        public var composedEn: Bool

        public init(th: String, en: String, composedTh: Bool, composedEn: Bool) {
            self.th = th
            self.en = en
            self.composedTh = composedTh
            self.composedEn = composedEn
        }
    }

    /// A party as the composer needs it: its name as written, its English name or short form when known.
    public struct PartyName: Sendable, Equatable {
        public var th: String
        public var en: String?
        public init(th: String, en: String? = nil) {
            self.th = th
            self.en = en
        }
    }

    /// The display title of a record from its stored titles and what it knows of parties and subject.
    public static func display(kind: InstrumentKind, titleTh: String?, titleEn: String?, parties: [PartyName],
                               counterparts: [String], areas: [Area]) -> Display {
        let th = titleTh.flatMap { isName($0) ? $0 : nil }
        let en = titleEn.flatMap { isName($0) ? $0 : nil }
        return Display(th: th ?? en ?? composeTh(kind: kind, parties: parties, counterparts: counterparts, areas: areas),
                       en: en ?? composeEn(kind: kind, parties: parties, counterparts: counterparts, areas: areas),
                       composedTh: th == nil && en == nil, composedEn: en == nil)
    }

    /// Kind words that alone do not name an instrument ("บันทึกความเข้าใจ", "MOU", "ความร่วมมือ").
    static let kindWords: [String] = [
        "บันทึกข้อตกลงความร่วมมือ", "บันทึกความเข้าใจ", "บันทึกความร่วมมือ", "บันทึกข้อตกลง", "หนังสือแสดงเจตจำนง",
        "ความตกลง", "ข้อตกลง", "ปฏิญญา", "แถลงการณ์ร่วม", "แถลงการณ์", "ถ้อยแถลงร่วม", "ความร่วมมือ", "พิธีสาร",
        "สัญญา", "ฉบับ", "ร่าง", "เอ็มโอยู",
        "memorandum of understanding", "memorandum of cooperation", "memorandum of agreement", "letter of intent",
        "agreement", "declaration", "joint statement", "statement", "mou", "moc", "moa", "loi", "draft", "the",
    ]

    /// Marks of a sentence or an advert rather than a name.
    static let sentenceMarks: [String] = ["!", "?", "บาท", "http", "www.", "This is", "เท่านั้น", "ผ่อน", "กล่าวว่า", "ทั้งนี้"]

    /// True when a title names an instrument: more than its kind word (and an acronym or code in
    /// parentheses), not a sentence or an advert, not run on past any name's length.
    public static func isName(_ title: String) -> Bool {
        let t = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.isEmpty, t.unicodeScalars.count <= 300 else { return false }
        let bytes = Array(t.utf8)
        if sentenceMarkBytes.contains(where: { contains($0, in: bytes) }) { return false }
        // Parentheses hold acronyms, codes or the English form: they do not make a bare kind a name.
        var outside = ""
        var depth = 0
        for c in t {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) } else if depth == 0 { outside.append(c) }
        }
        // Kind words removed left to right over the UTF-8 bytes (Foundation's replacingOccurrences cost
        // 0.3 ms a title, most of listing 5,000 records).
        var rest = Array(outside.lowercased().utf8)
        for w in kindWordBytes { rest = replacing(w, in: rest) }
        let letters = String(decoding: rest, as: UTF8.self).unicodeScalars.filter { $0.properties.isAlphabetic }.count
        return letters >= 4
    }

    private static let kindWordBytes: [[UInt8]] = kindWords.map { Array($0.utf8) }
    private static let sentenceMarkBytes: [[UInt8]] = sentenceMarks.map { Array($0.utf8) }

    /// True when `word` occurs in `bytes` (UTF-8 of the same normalisation: a byte match is a text match).
    private static func contains(_ word: [UInt8], in bytes: [UInt8]) -> Bool {
        guard let first = word.first, bytes.count >= word.count else { return word.isEmpty }
        var i = 0
        while i + word.count <= bytes.count {
            if bytes[i] == first, bytes[i..<(i + word.count)].elementsEqual(word) { return true }
            i += 1
        }
        return false
    }

    /// `bytes` with every non-overlapping occurrence of `word` (left to right) replaced by a space.
    private static func replacing(_ word: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard !word.isEmpty, bytes.count >= word.count, let first = word.first else { return bytes }
        var out: [UInt8] = []
        var i = 0
        var changed = false
        while i < bytes.count {
            if bytes[i] == first, i + word.count <= bytes.count, bytes[i..<(i + word.count)].elementsEqual(word) {
                if !changed { out.reserveCapacity(bytes.count); out.append(contentsOf: bytes[0..<i]); changed = true }
                out.append(0x20)
                i += word.count
            } else {
                if changed { out.append(bytes[i]) }
                i += 1
            }
        }
        return changed ? out : bytes
    }

    static func shortKind(_ kind: InstrumentKind) -> String {
        switch kind {
        case .mou: "MOU"
        case .moc: "MOC"
        case .moa: "MOA"
        case .loi: "Letter of intent"
        case .agreement: "Agreement"
        case .declaration: "Declaration"
        case .other: "Instrument"
        }
    }

    /// "บันทึกความเข้าใจ กระทรวงดิจิทัลฯ – กระทรวงการพัฒนาดิจิทัลฯ คาซัคสถาน ด้านดิจิทัล".
    public static func composeTh(kind: InstrumentKind, parties: [PartyName], counterparts: [String], areas: [Area]) -> String {
        var names: [String] = []
        var agencies = Set<String>()
        for p in parties where !p.th.isEmpty && !names.contains(p.th) && names.count < 3 {
            // Two names of one agency (ดศ. and its full name) are one party.
            if let en = p.en, !agencies.insert(en).inserted { continue }
            names.append(p.th)
        }
        if names.isEmpty, !counterparts.isEmpty {
            names = ["ไทย"] + counterparts.prefix(3).map { PartnerName.name($0, .th) }
        }
        var t = kind.labelTh
        if names.isEmpty { t += " (ไม่ระบุคู่ภาคี)" } else { t += " " + names.joined(separator: " – ") }
        if let a = areas.first {
            let label = a.labelTh
            t += label.hasPrefix("ด้าน") ? " \(label)" : " ด้าน\(label)"
        }
        return t
    }

    /// "MOU: MDES – Kazakhstan Ministry of Digital Development, digital government and public services".
    public static func composeEn(kind: InstrumentKind, parties: [PartyName], counterparts: [String], areas: [Area]) -> String {
        // Two names of one agency (ดศ. and its full name) are one party.
        var names: [String] = []
        for p in parties { if let en = p.en, !en.isEmpty, !names.contains(en), names.count < 3 { names.append(en) } }
        if names.count < 2, !counterparts.isEmpty {
            // Parties without an English name stand for their country.
            let countries = counterparts.prefix(3).map { PartnerName.name($0, .en) }
            names = names.isEmpty ? ["Thailand"] + countries : names + countries.filter { c in !names.contains(c) }
        }
        var t = shortKind(kind)
        if names.isEmpty { t += " (parties not named)" } else { t += ": " + names.joined(separator: " – ") }
        if let a = areas.first { t += ", " + a.label.prefix(1).lowercased() + a.label.dropFirst() }
        return t
    }
}
