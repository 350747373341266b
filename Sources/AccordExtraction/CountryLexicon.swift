import Foundation
import ThaiText

/// Country and body names in Thai and English, mapped to ISO 3166-1 alpha-2 codes or body acronyms.
///
/// Country names come from CLDR through Foundation's `Locale`; only the short and official forms the
/// news uses on top of CLDR's are listed here.
struct CountryLexicon: Sendable {
    struct Entry: Sendable {
        let name: [Unicode.Scalar]
        let code: String
        /// Short names that also occur inside ordinary words must stand after a country word or alone.
        let needsBoundary: Bool
    }

    /// Entries grouped by first scalar, longest name first.
    let byFirst: [Unicode.Scalar: [Entry]]

    static let shared = CountryLexicon()

    /// Forms the news uses that CLDR does not give (short forms, official long forms, bodies of states).
    static let extraForms: [(String, String)] = [
        ("ไทย", "TH"), ("ราชอาณาจักรไทย", "TH"), ("Thailand", "TH"), ("Thai", "TH"),
        ("จีน", "CN"), ("สาธารณรัฐประชาชนจีน", "CN"), ("China", "CN"), ("People's Republic of China", "CN"), ("PRC", "CN"),
        ("สปป.ลาว", "LA"), ("สปป. ลาว", "LA"), ("ลาว", "LA"), ("Lao PDR", "LA"), ("Lao", "LA"),
        ("เกาหลีใต้", "KR"), ("สาธารณรัฐเกาหลี", "KR"), ("เกาหลี", "KR"), ("Republic of Korea", "KR"), ("Korea", "KR"),
        ("เกาหลีเหนือ", "KP"),
        ("สหรัฐฯ", "US"), ("สหรัฐ", "US"), ("อเมริกา", "US"), ("United States", "US"), ("USA", "US"),
        ("อังกฤษ", "GB"), ("สหราชอาณาจักร", "GB"), ("United Kingdom", "GB"), ("UK", "GB"),
        ("เมียนมา", "MM"), ("เมียนมาร์", "MM"), ("พม่า", "MM"), ("Myanmar", "MM"),
        ("เวียดนาม", "VN"), ("Viet Nam", "VN"), ("Vietnam", "VN"),
        ("ญี่ปุ่น", "JP"), ("Japan", "JP"),
        ("รัสเซีย", "RU"), ("สหพันธรัฐรัสเซีย", "RU"), ("Russia", "RU"), ("Russian Federation", "RU"),
        ("ยูเออี", "AE"), ("UAE", "AE"),
        ("ไต้หวัน", "TW"), ("ฮ่องกง", "HK"), ("Hong Kong", "HK"),
        ("เยอรมัน", "DE"), ("Germany", "DE"),
        ("ติมอร์-เลสเต", "TL"), ("ติมอร์เลสเต", "TL"),
        ("บรูไน", "BN"), ("บรูไนดารุสซาลาม", "BN"), ("Brunei", "BN"),
        ("เช็ก", "CZ"), ("สาธารณรัฐเช็ก", "CZ"), ("Czech", "CZ"),
        ("เนเธอร์แลนด์", "NL"), ("ฮอลแลนด์", "NL"),
        ("ตุรกี", "TR"), ("ทูร์เคีย", "TR"), ("Türkiye", "TR"), ("Turkey", "TR"),
        ("อาเซียน", "ASEAN"), ("ASEAN", "ASEAN"), ("สมาคมประชาชาติแห่งเอเชียตะวันออกเฉียงใต้", "ASEAN"),
        ("Association of Southeast Asian Nations", "ASEAN"),
        ("สหภาพยุโรป", "EU"), ("European Union", "EU"), ("EU", "EU"), ("อียู", "EU"),
        ("สหประชาชาติ", "UN"), ("United Nations", "UN"),
        ("สหภาพโทรคมนาคมระหว่างประเทศ", "ITU"), ("ITU", "ITU"), ("International Telecommunication Union", "ITU"),
        ("เอเปค", "APEC"), ("APEC", "APEC"),
        ("ธนาคารพัฒนาเอเชีย", "ADB"), ("ADB", "ADB"), ("Asian Development Bank", "ADB"),
        ("ธนาคารโลก", "WB"), ("World Bank", "WB"),
        ("OECD", "OECD"), ("โออีซีดี", "OECD"),
        ("บิมสเทค", "BIMSTEC"), ("BIMSTEC", "BIMSTEC"),
        ("องค์การอนามัยโลก", "WHO"), ("WHO", "WHO"),
        ("ยูเนสโก", "UNESCO"), ("UNESCO", "UNESCO"),
        ("ยูนิเซฟ", "UNICEF"), ("UNICEF", "UNICEF"),
        ("UNDP", "UNDP"), ("FAO", "FAO"), ("IAEA", "IAEA"), ("WTO", "WTO"), ("IMF", "IMF"),
        ("องค์การแรงงานระหว่างประเทศ", "ILO"), ("ILO", "ILO"),
        ("องค์การการค้าโลก", "WTO"), ("กองทุนการเงินระหว่างประเทศ", "IMF"),
        ("ไจก้า", "JP"), ("JICA", "JP"), ("KOICA", "KR"), ("โคอิก้า", "KR"),
        ("GMS", "GMS"), ("ลุ่มน้ำโขง", "MRC"), ("คณะกรรมาธิการแม่น้ำโขง", "MRC"),
        ("โมรอกโก", "MA"), ("โมรอคโค", "MA"), ("โมร็อคโค", "MA"),
        ("EAEU", "EAEU"), ("Eurasian Economic Union", "EAEU"), ("Eurasian Economic Commission", "EAEU"),
        ("สหภาพเศรษฐกิจยูเรเซีย", "EAEU"), ("สหภาพเศรษฐกิจยูเรเชีย", "EAEU"),
        ("คณะกรรมาธิการเศรษฐกิจยูเรเซีย", "EAEU"), ("คณะกรรมาธิการเศรษฐกิจยูเรเชีย", "EAEU"),
        ("SEAMEO", "SEAMEO"), ("ซีมีโอ", "SEAMEO"), ("องค์การรัฐมนตรีศึกษาแห่งเอเชียตะวันออกเฉียงใต้", "SEAMEO"),
        ("Southeast Asian Ministers of Education Organization", "SEAMEO"),
        // United Nations agencies and other bodies by their own acronym (annotation guide), longest names first.
        ("สำนักงานว่าด้วยยาเสพติดและอาชญากรรมแห่งสหประชาชาติ", "UNODC"), ("UNODC", "UNODC"),
        ("โครงการพัฒนาแห่งสหประชาชาติ", "UNDP"), ("ยูเอ็นดีพี", "UNDP"),
        ("โครงการสิ่งแวดล้อมแห่งสหประชาชาติ", "UNEP"), ("UNEP", "UNEP"),
        ("สำนักงานข้าหลวงใหญ่ผู้ลี้ภัยแห่งสหประชาชาติ", "UNHCR"), ("UNHCR", "UNHCR"),
        ("กองทุนประชากรแห่งสหประชาชาติ", "UNFPA"), ("UNFPA", "UNFPA"),
        ("กองทุนเพื่อเด็กแห่งสหประชาชาติ", "UNICEF"), ("องค์การทุนเพื่อเด็กแห่งสหประชาชาติ", "UNICEF"),
        ("องค์การอาหารและเกษตรแห่งสหประชาชาติ", "FAO"), ("องค์การศึกษาวิทยาศาสตร์และวัฒนธรรมแห่งสหประชาชาติ", "UNESCO"),
        ("องค์การระหว่างประเทศเพื่อการโยกย้ายถิ่นฐาน", "IOM"), ("IOM", "IOM"),
        ("องค์การทรัพย์สินทางปัญญาโลก", "WIPO"), ("WIPO", "WIPO"),
        ("องค์การการบินพลเรือนระหว่างประเทศ", "ICAO"), ("ICAO", "ICAO"),
        ("องค์การทางทะเลระหว่างประเทศ", "IMO"), ("IMO", "IMO"),
        ("ทบวงการพลังงานปรมาณูระหว่างประเทศ", "IAEA"),
        ("คณะกรรมาธิการเศรษฐกิจและสังคมแห่งสหประชาชาติสำหรับเอเชียและแปซิฟิก", "ESCAP"), ("เอสแคป", "ESCAP"), ("ESCAP", "ESCAP"),
        ("UNCTAD", "UNCTAD"), ("อังค์ถัด", "UNCTAD"), ("UNIDO", "UNIDO"), ("WFP", "WFP"), ("UNAIDS", "UNAIDS"),
        ("UN Women", "UNWOMEN"), ("UNWOMEN", "UNWOMEN"),
        ("ธนาคารเพื่อการลงทุนโครงสร้างพื้นฐานแห่งเอเชีย", "AIIB"), ("AIIB", "AIIB"),
        ("แอคเมคส์", "ACMECS"), ("ACMECS", "ACMECS"),
        ("องค์การความร่วมมืออิสลาม", "OIC"),
        ("การประชุมอาเซียนว่าด้วยความร่วมมือด้านการเมืองและความมั่นคงในภูมิภาคเอเชีย", "ARF"), ("ARF", "ARF"),
        ("การประชุมสุดยอดเอเชียตะวันออก", "EAS"), ("East Asia Summit", "EAS"),
        ("กรอบความร่วมมือเอเชีย", "ACD"), ("Asia Cooperation Dialogue", "ACD"),
        ("สมาคมความร่วมมือแห่งภูมิภาคมหาสมุทรอินเดีย", "IORA"), ("สมาคมแห่งมหาสมุทรอินเดีย", "IORA"), ("IORA", "IORA"),
        ("สมาคมการค้าเสรียุโรป", "EFTA"), ("EFTA", "EFTA"),
        // Groupings whose members the guide lists one by one (`+` joins the codes; Draft splits them).
        ("อาเซียนบวกสาม", "ASEAN+CN+JP+KR"), ("อาเซียน+3", "ASEAN+CN+JP+KR"), ("ASEAN+3", "ASEAN+CN+JP+KR"),
        ("ASEAN Plus Three", "ASEAN+CN+JP+KR"),
        ("แม่โขง-ล้านช้าง", "CN+KH+LA+MM+VN"), ("แม่โขง – ล้านช้าง", "CN+KH+LA+MM+VN"), ("แม่โขง - ล้านช้าง", "CN+KH+LA+MM+VN"),
        ("ล้านช้าง-แม่โขง", "CN+KH+LA+MM+VN"), ("Mekong-Lancang", "CN+KH+LA+MM+VN"), ("Lancang-Mekong", "CN+KH+LA+MM+VN"),
    ]

    /// Country names that are also ordinary Thai words or word parts.
    static let ambiguousThai: Set<String> = ["ชาด", "มาลี", "กานา", "โตโก", "จอร์แดน", "ไทย", "ลาว", "จีน", "เกาหลี", "โอมาน", "เปรู", "คิวบา", "ตองกา", "นาอูรู", "ซามัว", "ปาเลา", "ฟิจิ", "กินี", "เกรเนดา"]

    init() {
        var pairs: [(String, String)] = []
        let th = Locale(identifier: "th"), en = Locale(identifier: "en")
        for region in Locale.Region.isoRegions {
            let code = region.identifier
            guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else { continue }
            for loc in [th, en] {
                guard let name = loc.localizedString(forRegionCode: code) else { continue }
                // "เมียนมา (พม่า)", "Myanmar (Burma)": both forms.
                for part in name.split(whereSeparator: { $0 == "(" || $0 == ")" }) {
                    let p = part.trimmingCharacters(in: .whitespaces)
                    if p.count >= 2, !p.contains(",") { pairs.append((p, code)) }
                }
            }
        }
        pairs += CountryLexicon.extraForms
        // Company and university names are often written in capitals ("… SINGAPORE PTE. LTD.").
        pairs += pairs.compactMap { name, code in
            name.count >= 4 && name.unicodeScalars.allSatisfy({ $0.value < 0x80 }) && name != name.uppercased() ? (name.uppercased(), code) : nil
        }
        var seen = Set<String>()
        var map: [Unicode.Scalar: [Entry]] = [:]
        for (name, code) in pairs {
            let norm = ThaiNormalizer.normalizedString(name)
            guard !norm.isEmpty, seen.insert(norm).inserted else { continue }
            // CLDR regions such as "China mainland" or "Hong Kong SAR China" must not shadow the short forms.
            if norm == "China mainland" || norm == "จีนแผ่นดินใหญ่" { continue }
            let scalars = Array(norm.unicodeScalars)
            let isLatin = scalars.allSatisfy { $0.value < 0x0E00 }
            let boundary = isLatin || CountryLexicon.ambiguousThai.contains(norm) || scalars.count <= 3
            map[scalars[0], default: []].append(Entry(name: scalars, code: code, needsBoundary: boundary))
        }
        for k in map.keys { map[k]!.sort { $0.name.count > $1.name.count } }
        byFirst = map
    }

    private static let countryWords: [[Unicode.Scalar]] = ["ประเทศ", "สาธารณรัฐ", "ราชอาณาจักร", "แห่ง", "ของ", "ระหว่าง", "กับ", "และ", "ไทย-", "ไทย", "-", "ฝ่าย", "รัฐบาล", "ชาว", "สถานเอกอัครราชทูต", "เอกอัครราชทูต", "ประจำ", "สปป.", "ประชาชน", "ทูต", "เยือน", "นายกรัฐมนตรี", "ประธานาธิบดี", "กระทรวง"].map { Array($0.unicodeScalars) }

    /// A country or body named at `i` (longest name), with the index after it.
    func match(_ s: [Unicode.Scalar], at i: Int) -> (code: String, end: Int)? {
        guard i < s.count, let entries = byFirst[s[i]] else { return nil }
        for e in entries where s.matches(e.name, at: i) {
            let end = i + e.name.count
            if e.needsBoundary {
                let latin = e.name[0].value < 0x0E00
                if latin {
                    if i > 0, ScalarClass.isLatinLetter(s[i - 1]) { continue }
                    if end < s.count, ScalarClass.isLatinLetter(s[end]) { continue }
                } else {
                    // Thai has no spaces: accept a short name after a country word, a space or punctuation.
                    let before = i == 0 || !ScalarClass.isThai(s[i - 1]) || CountryLexicon.countryWords.contains { w in i >= w.count && s.matches(w, at: i - w.count) }
                    if !before { continue }
                    // and not running on into a longer word it is a prefix of (ลาว vs ลาวัณย์ handled by the entries' order).
                    if end < s.count, ScalarClass.isThai(s[end]) {
                        let nxt = s[end]
                        // Thai vowels/tone marks that cannot start a syllable mean the word continues.
                        if (0x0E30...0x0E4E).contains(nxt.value) && !(0x0E40...0x0E44).contains(nxt.value) { continue }
                    }
                }
            }
            return (e.code, end)
        }
        return nil
    }

    /// The code a person or a single party takes from a name: a grouping's first member (ASEAN for อาเซียนบวกสาม).
    static func primary(_ code: String) -> String {
        code.split(separator: "+").first.map(String.init) ?? code
    }

    /// Codes named in `s[from..<to]`, in order of first appearance.
    static let specialRegions: Set<String> = ["HK", "MO"]

    func codes(in s: [Unicode.Scalar], from: Int, to: Int) -> [(code: String, range: Range<Int>)] {
        var out: [(String, Range<Int>)] = []
        var i = max(0, from)
        let limit = min(to, s.count)
        while i < limit {
            if let (c, e) = match(s, at: i), e <= limit {
                // "เขตบริหารพิเศษมาเก๊า สาธารณรัฐประชาชนจีน": China qualifies the special administrative region.
                let qualifier = c == "CN" && out.last.map { Self.specialRegions.contains($0.0) && i - $0.1.upperBound <= 20 } == true
                if !qualifier { out.append((c, i..<e)) }
                i = e
            } else {
                i += 1
            }
        }
        return out
    }
}
