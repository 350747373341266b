import Foundation

/// Names of counterparts (ISO 3166-1 alpha-2 codes and bodies' acronyms) in Thai and English.
public enum PartnerName {
    // Made once: a partner name is looked up for every heatmap column and table row.
    private static let thai = Locale(identifier: "th")
    private static let english = Locale(identifier: "en")

    /// Names CLDR lacks (bodies) or words unlike the news (CLDR's "China mainland" for CN).
    public static let known: [String: (th: String, en: String)] = [
        "CN": ("จีน", "China"),
        "ADB": ("ธนาคารพัฒนาเอเชีย", "Asian Development Bank"),
        "APEC": ("เอเปค", "APEC"),
        "ASEAN": ("อาเซียน", "ASEAN"),
        "BIMSTEC": ("บิมสเทค", "BIMSTEC"),
        "EU": ("สหภาพยุโรป", "European Union"),
        "FAO": ("องค์การอาหารและเกษตรแห่งสหประชาชาติ", "Food and Agriculture Organization"),
        "GMS": ("อนุภูมิภาคลุ่มแม่น้ำโขง", "Greater Mekong Subregion"),
        "IAEA": ("ทบวงการพลังงานปรมาณูระหว่างประเทศ", "International Atomic Energy Agency"),
        "ILO": ("องค์การแรงงานระหว่างประเทศ", "International Labour Organization"),
        "IMF": ("กองทุนการเงินระหว่างประเทศ", "International Monetary Fund"),
        "ITU": ("สหภาพโทรคมนาคมระหว่างประเทศ", "International Telecommunication Union"),
        "MRC": ("คณะกรรมาธิการแม่น้ำโขง", "Mekong River Commission"),
        "OECD": ("องค์การเพื่อความร่วมมือทางเศรษฐกิจและการพัฒนา", "OECD"),
        "UN": ("สหประชาชาติ", "United Nations"),
        "UNDP": ("โครงการพัฒนาแห่งสหประชาชาติ", "UNDP"),
        "UNESCO": ("ยูเนสโก", "UNESCO"),
        "UNICEF": ("ยูนิเซฟ", "UNICEF"),
        "WHO": ("องค์การอนามัยโลก", "World Health Organization"),
        "WTO": ("องค์การการค้าโลก", "World Trade Organization"),
    ]

    /// A counterpart's name: the table above, else CLDR's country name for ISO codes, else the code itself.
    public static func name(_ code: String, _ l: Language) -> String {
        let upper = code.uppercased()
        if let known = known[upper] { return l == .th ? known.th : known.en }
        guard upper.count == 2, upper.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            return code
        }
        if let name = (l == .th ? thai : english).localizedString(forRegionCode: upper), name != upper { return name }
        return code
    }

}
