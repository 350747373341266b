/// Small matching helpers over arrays of Unicode scalars (the hot loops of the extractor).
extension Array where Element == Unicode.Scalar {
    /// True when `needle` occurs at `i`.
    @inline(__always)
    public func matches(_ needle: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + needle.count <= count else { return false }
        var k = 0
        while k < needle.count {
            if self[i + k] != needle[k] { return false }
            k += 1
        }
        return true
    }

    /// The first index `>= from` and `< to` where `needle` starts, else nil.
    public func firstIndex(of needle: [Unicode.Scalar], from: Int = 0, to: Int? = nil) -> Int? {
        guard let first = needle.first else { return nil }
        let end = Swift.min(to ?? count, count) - needle.count
        var i = Swift.max(0, from)
        while i <= end {
            if self[i] == first && matches(needle, at: i) { return i }
            i += 1
        }
        return nil
    }

    /// The last index in `from..<to` where `needle` starts (the match may run past `to`? no: it ends by `to`).
    public func lastIndex(of needle: [Unicode.Scalar], from: Int = 0, to: Int? = nil) -> Int? {
        guard let first = needle.first else { return nil }
        var i = Swift.min(to ?? count, count) - needle.count
        let lo = Swift.max(0, from)
        while i >= lo {
            if self[i] == first && matches(needle, at: i) { return i }
            i -= 1
        }
        return nil
    }

    /// True when `needle` occurs in `from..<to`.
    public func contains(_ needle: [Unicode.Scalar], from: Int = 0, to: Int? = nil) -> Bool {
        firstIndex(of: needle, from: from, to: to) != nil
    }

    /// The scalars `range` (clamped) as a String.
    public func string(_ range: Range<Int>) -> String {
        let lo = Swift.max(0, Swift.min(range.lowerBound, count)), hi = Swift.max(lo, Swift.min(range.upperBound, count))
        var v = String.UnicodeScalarView()
        v.append(contentsOf: self[lo..<hi])
        return String(v)
    }
}

extension String {
    /// The string's Unicode scalars as an array.
    @inline(__always)
    public var scalarArray: [Unicode.Scalar] { Array(unicodeScalars) }
}

/// Character classes used by the Thai rules.
public enum ScalarClass {
    /// Thai letters, vowels and tone marks (U+0E01–U+0E4E).
    @inline(__always)
    public static func isThai(_ s: Unicode.Scalar) -> Bool { s.value >= 0x0E01 && s.value <= 0x0E4E && !(s.value >= 0x0E50 && s.value <= 0x0E59) }

    /// ASCII and Latin-1/Extended Latin letters.
    @inline(__always)
    public static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7)
    }

    @inline(__always)
    public static func isUpperLatin(_ s: Unicode.Scalar) -> Bool { (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0xC0 && s.value <= 0xDE && s.value != 0xD7) }

    @inline(__always)
    public static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    @inline(__always)
    public static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" }

    @inline(__always)
    public static func isNewline(_ s: Unicode.Scalar) -> Bool { s == "\n" || s == "\r" }

    /// Letters of either script (for word-boundary checks).
    @inline(__always)
    public static func isWordScalar(_ s: Unicode.Scalar) -> Bool { isThai(s) || isLatinLetter(s) || isDigit(s) }
}
