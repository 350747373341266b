/// A stated term found in text, in years.
public struct DurationMention: Sendable, Equatable {
    public var range: Range<Int>
    public var years: Double
}

/// Terms of instruments: `ระยะเวลา 5 ปี`, `มีผลใช้บังคับ 5 ปี`, `มีอายุ 3 ปี`, `เป็นเวลา 2 ปี 6 เดือน`,
/// `5 years`, `five years`, `5-year`, `a period of five (5) years`.
public enum DurationParser {
    private static let thaiCues: [[Unicode.Scalar]] = [
        "ระยะเวลา", "มีผลใช้บังคับ", "มีผลบังคับใช้", "มีผลใช้บังคับเป็นเวลา", "มีอายุ", "อายุ", "เป็นเวลา", "กำหนดเวลา", "คราวละ", "ครั้งละ",
    ].map { Array($0.unicodeScalars) }
    /// "ต่ออายุบันทึกข้อตกลง…ไปอีก 2 ปี": the renewed term, only where a renewal or extension was just named.
    private static let further: [Unicode.Scalar] = Array("ไปอีก".unicodeScalars)
    private static let renewalWords: [[Unicode.Scalar]] = ["ต่ออายุ", "ขยายระยะเวลา", "ขยายเวลา"].map { Array($0.unicodeScalars) }
    private static let throughout: [Unicode.Scalar] = Array("ตลอด".unicodeScalars)
    private static let past: [Unicode.Scalar] = Array("ที่ผ่านมา".unicodeScalars)
    private static let fillers: [[Unicode.Scalar]] = ["ความร่วมมือ", "การดำเนินงาน", "ดำเนินการ", "ของบันทึกความเข้าใจ", "ของบันทึกความร่วมมือ"].map { Array($0.unicodeScalars) }
    private static let pee: [Unicode.Scalar] = Array("ปี".unicodeScalars)
    private static let duean: [Unicode.Scalar] = Array("เดือน".unicodeScalars)
    private static let yearEn: [Unicode.Scalar] = Array("year".unicodeScalars)
    private static let monthEn: [Unicode.Scalar] = Array("month".unicodeScalars)
    private static let numberWords: [([Unicode.Scalar], Int)] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ].enumerated().map { (Array($0.element.unicodeScalars), $0.offset + 1) }
    private static let thaiNumberWords: [([Unicode.Scalar], Int)] = [
        "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า", "สิบ",
    ].enumerated().map { (Array($0.element.unicodeScalars), $0.offset + 1) }

    @inline(__always)
    private static func skip(_ s: [Unicode.Scalar], _ i: Int, _ limit: Int) -> Int {
        var j = i
        while j < limit, s[j] == " " || s[j] == "ๆ" { j += 1 }
        return j
    }

    /// A number (digits or a number word) at `i`.
    private static func number(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> (Int, Int)? {
        if let (v, e) = ThaiNumerals.readInt(s, at: i, maxDigits: 3) { return (v, e) }
        for (w, v) in thaiNumberWords where s.matches(w, at: i) { return (v, i + w.count) }
        for (w, v) in numberWords where i + w.count <= limit {
            var ok = true
            for k in 0..<w.count where Character(s[i + k]).lowercased() != String(w[k]) { ok = false; break }
            if ok, i + w.count >= limit || !ScalarClass.isLatinLetter(s[i + w.count]) { return (v, i + w.count) }
        }
        return nil
    }

    /// Reads `N ปี [M เดือน]` / `N เดือน` at `i` (after a Thai cue).
    private static func thaiAmount(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> (Double, Int)? {
        guard let (n, ne) = number(s, at: i, limit: limit) else { return nil }
        var j = skip(s, ne, limit)
        if s.matches(pee, at: j) {
            var years = Double(n)
            j += pee.count
            let k = skip(s, j, limit)
            if let (m, me) = number(s, at: k, limit: limit), s.matches(duean, at: skip(s, me, limit)) {
                years += Double(m) / 12
                j = skip(s, me, limit) + duean.count
            }
            return (years, j)
        }
        if s.matches(duean, at: j) { return (Double(n) / 12, j + duean.count) }
        return nil
    }

    /// Every stated term in `s[from..<to]`.
    public static func mentions(in s: [Unicode.Scalar], from: Int = 0, to: Int? = nil) -> [DurationMention] {
        let limit = min(to ?? s.count, s.count)
        var out: [DurationMention] = []
        var i = max(0, from)
        while i < limit {
            let c = s[i]
            if ScalarClass.isThai(c) {
                var matched = false
                for cue in thaiCues where cue[0] == c && s.matches(cue, at: i) {
                    var j = skip(s, i + cue.count, limit)
                    // "ระยะเวลาความร่วมมือ 2 ปี": the term of what is named between cue and amount.
                    for f in fillers where s.matches(f, at: j) { j = skip(s, j + f.count, limit); break }
                    // "ตลอดระยะเวลา 58 ปีที่ผ่านมา" is a history, not a term.
                    let history = (i >= throughout.count && s.matches(throughout, at: i - throughout.count))
                    if let (y, e) = thaiAmount(s, at: j, limit: limit), y > 0, y <= 99, !history, !s.matches(past, at: skip(s, e, limit)) {
                        out.append(DurationMention(range: i..<e, years: y))
                        i = e
                        matched = true
                    }
                    break
                }
                if !matched, c == further[0], s.matches(further, at: i),
                   renewalWords.contains(where: { s.contains($0, from: max(0, i - 80), to: i) }),
                   let (y, e) = thaiAmount(s, at: skip(s, i + further.count, limit), limit: limit), y > 0, y <= 99 {
                    out.append(DurationMention(range: i..<e, years: y))
                    i = e
                    continue
                }
                if matched { continue }
            } else if ScalarClass.isDigit(c) || ScalarClass.isLatinLetter(c), i == 0 || !ScalarClass.isWordScalar(s[i - 1]) {
                if let (n, ne) = number(s, at: i, limit: limit), !(ScalarClass.isDigit(c) && ne - i > 2) {
                    var j = ne
                    // "five (5) years"
                    if j + 1 < limit, s[j] == " ", s[j + 1] == "(" {
                        var k = j + 2
                        while k < limit, ScalarClass.isDigit(s[k]) { k += 1 }
                        if k < limit, s[k] == ")" { j = k + 1 }
                    }
                    if j < limit, s[j] == "-" || s[j] == " " { j += 1 }
                    if s.matches(yearEn, at: j) {
                        out.append(DurationMention(range: i..<(j + yearEn.count + (j + yearEn.count < limit && s[j + yearEn.count] == "s" ? 1 : 0)), years: Double(n)))
                        i = j + yearEn.count
                        continue
                    }
                    if s.matches(monthEn, at: j) {
                        out.append(DurationMention(range: i..<(j + monthEn.count), years: Double(n) / 12))
                        i = j + monthEn.count
                        continue
                    }
                    i = max(ne, i + 1)
                    continue
                }
            }
            i += 1
        }
        return out
    }

    /// The first stated term in `text`, in years.
    public static func years(in text: String) -> Double? {
        let n = ThaiNormalizer.normalize(text)
        return mentions(in: n.scalars).first?.years
    }
}
