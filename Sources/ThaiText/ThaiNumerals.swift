/// Thai digits (๐–๙) and number parsing on Unicode scalars.
public enum ThaiNumerals {
    /// The ASCII digit for a Thai digit scalar (U+0E50–U+0E59), else nil.
    @inline(__always)
    public static func asciiDigit(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        guard v >= 0x0E50, v <= 0x0E59 else { return nil }
        return Unicode.Scalar(v - 0x0E50 + 0x30)
    }

    /// The value 0–9 of an ASCII or Thai digit, else nil.
    @inline(__always)
    public static func digitValue(_ s: Unicode.Scalar) -> Int? {
        let v = s.value
        if v >= 0x30, v <= 0x39 { return Int(v - 0x30) }
        if v >= 0x0E50, v <= 0x0E59 { return Int(v - 0x0E50) }
        return nil
    }

    /// `text` with every Thai digit replaced by its ASCII digit.
    public static func toASCII(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(asciiDigit(s) ?? s) }
        return String(out)
    }

    /// Parses a run of ASCII or Thai digits (optionally with thousands commas); nil if anything else.
    public static func parseInt(_ text: some StringProtocol) -> Int? {
        var value = 0, any = false
        for s in text.unicodeScalars {
            if let d = digitValue(s) {
                value = value &* 10 &+ d
                any = true
                if value > 1_000_000_000 { return nil }
            } else if s == ",", any {
                continue
            } else {
                return nil
            }
        }
        return any ? value : nil
    }

    /// Reads the digits starting at `i` in `scalars`; returns the value and the index after them.
    public static func readInt(_ scalars: [Unicode.Scalar], at i: Int, maxDigits: Int = 9) -> (value: Int, end: Int)? {
        var j = i, value = 0
        while j < scalars.count, j - i < maxDigits, let d = digitValue(scalars[j]) {
            value = value * 10 + d
            j += 1
        }
        return j > i ? (value, j) : nil
    }

    /// The value of a small number written as a Thai or English word (หนึ่ง…สิบ, one…ten), else nil.
    public static func wordValue(_ word: String) -> Int? {
        switch word.lowercased() {
        case "หนึ่ง", "one", "a": 1
        case "สอง", "two": 2
        case "สาม", "three": 3
        case "สี่", "four": 4
        case "ห้า", "five": 5
        case "หก", "six": 6
        case "เจ็ด", "seven": 7
        case "แปด", "eight": 8
        case "เก้า", "nine": 9
        case "สิบ", "ten": 10
        default: nil
        }
    }
}
