/// A date found in text: where it is and which day(s) it names.
public struct DateMention: Sendable, Equatable {
    /// Scalar range of the mention in the scanned array.
    public var range: Range<Int>
    /// The (first) day named.
    public var date: CalendarDate
    /// The last day of a range such as `8-9 ส.ค. 65`, else nil.
    public var endDate: CalendarDate?
    /// True when the text gave no year and it was taken from the reference date.
    public var yearInferred: Bool
}

/// A span of years such as `ปี 2561-2564` (Gregorian years).
public struct YearRange: Sendable, Equatable {
    public var range: Range<Int>
    public var first: Int
    public var last: Int
}

/// Thai and English date parsing: full and abbreviated months, Buddhist-era and Gregorian years,
/// two-digit BE years, weekday prefixes, day ranges, year-less dates.
public enum ThaiDate {
    private static let thaiMonths: [(String, Int)] = [
        ("มกราคม", 1), ("กุมภาพันธ์", 2), ("มีนาคม", 3), ("เมษายน", 4), ("พฤษภาคม", 5), ("มิถุนายน", 6),
        ("กรกฎาคม", 7), ("สิงหาคม", 8), ("กันยายน", 9), ("ตุลาคม", 10), ("พฤศจิกายน", 11), ("ธันวาคม", 12),
        ("ม.ค.", 1), ("ก.พ.", 2), ("มี.ค.", 3), ("เม.ย.", 4), ("พ.ค.", 5), ("มิ.ย.", 6),
        ("ก.ค.", 7), ("ส.ค.", 8), ("ก.ย.", 9), ("ต.ค.", 10), ("พ.ย.", 11), ("ธ.ค.", 12),
        ("ม.ค", 1), ("ก.พ", 2), ("มี.ค", 3), ("เม.ย", 4), ("พ.ค", 5), ("มิ.ย", 6),
        ("ก.ค", 7), ("ส.ค", 8), ("ก.ย", 9), ("ต.ค", 10), ("พ.ย", 11), ("ธ.ค", 12),
        ("มกรา", 1), ("กุมภา", 2), ("มีนา", 3), ("เมษา", 4), ("พฤษภา", 5), ("มิถุนา", 6),
        ("กรกฎา", 7), ("สิงหา", 8), ("กันยา", 9), ("ตุลา", 10), ("พฤศจิกา", 11), ("ธันวา", 12),
    ]
    private static let englishMonths: [(String, Int)] = [
        ("January", 1), ("February", 2), ("March", 3), ("April", 4), ("May", 5), ("June", 6), ("July", 7),
        ("August", 8), ("September", 9), ("October", 10), ("November", 11), ("December", 12),
        ("Jan.", 1), ("Feb.", 2), ("Mar.", 3), ("Apr.", 4), ("Jun.", 6), ("Jul.", 7), ("Aug.", 8),
        ("Sep.", 9), ("Sept.", 9), ("Oct.", 10), ("Nov.", 11), ("Dec.", 12),
        ("Jan", 1), ("Feb", 2), ("Mar", 3), ("Apr", 4), ("Jun", 6), ("Jul", 7), ("Aug", 8),
        ("Sep", 9), ("Sept", 9), ("Oct", 10), ("Nov", 11), ("Dec", 12),
    ]

    /// Month names, longest first so that `มีนาคม` wins over `มีนา` and `ก.ค.` over `ก.ค`.
    private static let monthTable: [([Unicode.Scalar], Int, Bool)] = {
        var t = thaiMonths.map { (Array($0.0.unicodeScalars), $0.1, false) }
        t += englishMonths.map { (Array($0.0.unicodeScalars), $0.1, true) }
        return t.sorted { $0.0.count > $1.0.count }
    }()

    private static let be: [Unicode.Scalar] = Array("พ.ศ.".unicodeScalars)
    private static let ce: [Unicode.Scalar] = Array("ค.ศ.".unicodeScalars)
    private static let pee: [Unicode.Scalar] = Array("ปี".unicodeScalars)

    /// The month at `i` (Thai or English name) and the index after it.
    static func month(_ s: [Unicode.Scalar], at i: Int) -> (month: Int, end: Int, english: Bool)? {
        guard i < s.count else { return nil }
        let c = s[i]
        guard ScalarClass.isThai(c) || ScalarClass.isLatinLetter(c) else { return nil }
        for (name, m, en) in monthTable where name[0] == c && s.matches(name, at: i) {
            let end = i + name.count
            // An English or unabbreviated name must not run on into a longer word ("Mayor").
            if en, end < s.count, ScalarClass.isLatinLetter(s[end]) { continue }
            return (m, end, en)
        }
        return nil
    }

    /// A Gregorian year from a written year: BE (2400+), CE (1900–2399) or two-digit BE (`65`).
    public static func gregorianYear(written y: Int, digits: Int, forceCE: Bool = false) -> Int? {
        if digits == 4 {
            if forceCE { return y }
            if y >= 2400 && y <= 2700 { return y - 543 }
            if y >= 1900 && y < 2400 { return y }
            return nil
        }
        if digits == 2 {
            if forceCE { return 2000 + y }
            return 2500 + y - 543
        }
        return nil
    }

    @inline(__always)
    private static func skipSpaces(_ s: [Unicode.Scalar], _ i: Int, limit: Int) -> Int {
        var j = i
        while j < limit, s[j] == " " { j += 1 }
        return j
    }

    /// Reads a year after a month: optional `พ.ศ.`/`ค.ศ.`, then 4 or 2 digits.
    private static func year(_ s: [Unicode.Scalar], at i0: Int, limit: Int) -> (year: Int, end: Int)? {
        var i = skipSpaces(s, i0, limit: limit)
        var forceCE = false
        if s.matches(be, at: i) { i = skipSpaces(s, i + be.count, limit: limit) }
        else if s.matches(ce, at: i) { forceCE = true; i = skipSpaces(s, i + ce.count, limit: limit) }
        else if i < limit, s[i] == "," { i = skipSpaces(s, i + 1, limit: limit) }
        guard let (v, e) = ThaiNumerals.readInt(s, at: i, maxDigits: 5) else { return nil }
        let digits = e - i
        if e < limit, ThaiNumerals.digitValue(s[e]) != nil || s[e] == "." && e + 1 < limit && ScalarClass.isDigit(s[e + 1]) { return nil }
        guard let y = gregorianYear(written: v, digits: digits, forceCE: forceCE) else { return nil }
        return (y, e)
    }

    /// Resolves a year-less day against `reference`: the year that puts it nearest to the reference.
    public static func resolve(month: Int, day: Int, near reference: CalendarDate) -> CalendarDate? {
        var best: CalendarDate?
        var bestDist = Int.max
        for y in [reference.year - 1, reference.year, reference.year + 1] {
            guard let d = CalendarDate(year: y, month: month, day: day) else { continue }
            let dist = abs(d.daysSinceEpoch - reference.daysSinceEpoch)
            if dist < bestDist { best = d; bestDist = dist }
        }
        return best
    }

    /// Every date in `s[from..<to]`: `22 พฤษภาคม 2568`, `4 ก.ค. 65`, `8-9 ส.ค. 65`, `22 มี.ค.60`,
    /// `25 ต.ค.` (year from `reference`), `22 May 2025`, `May 22, 2025`.
    public static func mentions(in s: [Unicode.Scalar], from: Int = 0, to: Int? = nil, reference: CalendarDate? = nil) -> [DateMention] {
        let limit = min(to ?? s.count, s.count)
        var out: [DateMention] = []
        var i = max(0, from)
        while i < limit {
            let c = s[i]
            if ScalarClass.isDigit(c), i == 0 || !ScalarClass.isDigit(s[i - 1]) && s[i - 1] != "." && s[i - 1] != "/" {
                if let m = dayFirst(s, at: i, limit: limit, reference: reference) {
                    out.append(m)
                    i = m.range.upperBound
                    continue
                }
            } else if ScalarClass.isUpperLatin(c), i == 0 || !ScalarClass.isLatinLetter(s[i - 1]) {
                if let m = monthFirst(s, at: i, limit: limit) {
                    out.append(m)
                    i = m.range.upperBound
                    continue
                }
            }
            i += 1
        }
        return out
    }

    private static func dayFirst(_ s: [Unicode.Scalar], at i: Int, limit: Int, reference: CalendarDate?) -> DateMention? {
        guard let (d1, e1) = ThaiNumerals.readInt(s, at: i, maxDigits: 2), (1...31).contains(d1) else { return nil }
        var j = e1
        var d2: Int?
        // Day ranges: 8-9, 8 - 9, 8 และ 9? (only the dash form is a range).
        var k = skipSpaces(s, j, limit: limit)
        if k < limit, s[k] == "-" {
            let k2 = skipSpaces(s, k + 1, limit: limit)
            if let (v, e) = ThaiNumerals.readInt(s, at: k2, maxDigits: 2), (1...31).contains(v), v > d1 {
                d2 = v; j = e
            }
        }
        k = skipSpaces(s, j, limit: limit)
        guard let (m, me, _) = month(s, at: k) else { return nil }
        var end = me
        var y: Int?
        if let (yy, ye) = year(s, at: me, limit: limit) { y = yy; end = ye }
        var inferred = false
        let date: CalendarDate?
        if let y {
            date = CalendarDate(year: y, month: m, day: d1)
        } else if let reference {
            date = resolve(month: m, day: d1, near: reference)
            inferred = true
        } else {
            return nil
        }
        guard let date else { return nil }
        var endDate: CalendarDate?
        if let d2 { endDate = CalendarDate(year: date.year, month: m, day: d2) }
        return DateMention(range: i..<end, date: date, endDate: endDate, yearInferred: inferred)
    }

    private static func monthFirst(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> DateMention? {
        guard let (m, me, en) = month(s, at: i), en else { return nil }
        let k = skipSpaces(s, me, limit: limit)
        guard let (d, de) = ThaiNumerals.readInt(s, at: k, maxDigits: 2), (1...31).contains(d) else { return nil }
        var j = de
        if j < limit, s[j] == "," { j += 1 }
        j = skipSpaces(s, j, limit: limit)
        guard let (v, ye) = ThaiNumerals.readInt(s, at: j, maxDigits: 4), ye - j == 4,
              let y = gregorianYear(written: v, digits: 4), let date = CalendarDate(year: y, month: m, day: d) else { return nil }
        return DateMention(range: i..<ye, date: date, endDate: nil, yearInferred: false)
    }

    /// The first date in `text` (Thai digits allowed), resolving year-less dates against `reference`.
    public static func parse(_ text: String, reference: CalendarDate? = nil) -> CalendarDate? {
        let n = ThaiNormalizer.normalize(text)
        return mentions(in: n.scalars, reference: reference).first?.date
    }

    /// Year spans `ปี 2561-2564`, `พ.ศ. 2561 - 2564`, `2018-2021` in `s[from..<to]`.
    public static func yearRanges(in s: [Unicode.Scalar], from: Int = 0, to: Int? = nil) -> [YearRange] {
        let limit = min(to ?? s.count, s.count)
        var out: [YearRange] = []
        var i = max(0, from)
        while i < limit {
            if ScalarClass.isDigit(s[i]), i == 0 || !ScalarClass.isDigit(s[i - 1]),
               let (a, ae) = ThaiNumerals.readInt(s, at: i, maxDigits: 5), ae - i == 4 {
                var k = skipSpaces(s, ae, limit: limit)
                if k < limit, s[k] == "-" {
                    k = skipSpaces(s, k + 1, limit: limit)
                    if let (b, be2) = ThaiNumerals.readInt(s, at: k, maxDigits: 5), be2 - k == 4 || be2 - k == 2,
                       be2 >= limit || !ScalarClass.isDigit(s[be2]) {
                        let bFull = be2 - k == 2 ? (a / 100) * 100 + b : b
                        if let ga = gregorianYear(written: a, digits: 4), let gb = gregorianYear(written: bFull, digits: 4), gb >= ga, gb - ga <= 50 {
                            out.append(YearRange(range: i..<be2, first: ga, last: gb))
                            i = be2
                            continue
                        }
                    }
                }
                i = ae
                continue
            }
            i += 1
        }
        return out
    }

    /// The Gregorian span of a written year range such as `ปี 2561-2564`, else nil.
    public static func parseYearRange(_ text: String) -> (first: Int, last: Int)? {
        let n = ThaiNormalizer.normalize(text)
        return yearRanges(in: n.scalars).first.map { ($0.first, $0.last) }
    }
}
