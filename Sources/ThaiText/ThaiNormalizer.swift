/// Normalised text for matching, with a map back to offsets in the original text.
///
/// Matching works on an array of scalars in which Thai digits are ASCII, every kind of space is a
/// plain space and invisible characters are gone; evidence must still point into the original text,
/// so each normalised scalar remembers the original scalar offset it came from.
public struct NormalizedText: Sendable {
    /// The normalised scalars.
    public let scalars: [Unicode.Scalar]
    /// `offsets[i]` is the original scalar offset of `scalars[i]`; one extra entry holds the original length.
    public let offsets: [Int]

    /// The original offset of a normalised position (`0...scalars.count`).
    @inline(__always)
    public func originalOffset(_ i: Int) -> Int { offsets[max(0, min(i, offsets.count - 1))] }

    /// The normalised position of an original offset (the first scalar at or after it).
    public func normalizedIndex(ofOriginal o: Int) -> Int {
        var lo = 0, hi = offsets.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if offsets[mid] < o { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The normalised scalars `range` as a String.
    public func string(_ range: Range<Int>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[max(0, range.lowerBound)..<min(scalars.count, range.upperBound)])
        return String(v)
    }
}

/// Normalises Thai news text: digits, spaces, invisible characters, composed sequences.
public enum ThaiNormalizer {
    /// True for scalars that are dropped: zero-width space/joiners, BOM, soft hyphen.
    @inline(__always)
    public static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: true
        default: false
        }
    }

    /// True for scalars that become a plain space (no-break, thin, ideographic, tab...).
    @inline(__always)
    public static func isSpaceLike(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Normalises `text` and keeps, for each result scalar, its offset in `text.unicodeScalars`.
    ///
    /// Thai digits become ASCII, space-likes become U+0020, invisibles are dropped, the decomposed
    /// sara am (nikhahit + sara aa, U+0E4D U+0E32) becomes U+0E33, and typographic quotes/dashes
    /// become ASCII so that rules need one spelling.
    public static func normalize(_ text: String) -> NormalizedText {
        var out: [Unicode.Scalar] = []
        var offs: [Int] = []
        out.reserveCapacity(text.unicodeScalars.count)
        offs.reserveCapacity(text.unicodeScalars.count + 1)
        var i = 0
        var pendingNikhahit = -1
        for s in text.unicodeScalars {
            defer { i += 1 }
            if pendingNikhahit >= 0 {
                if s.value == 0x0E32 {
                    out.append("\u{0E33}"); offs.append(pendingNikhahit)
                    pendingNikhahit = -1
                    continue
                }
                out.append("\u{0E4D}"); offs.append(pendingNikhahit)
                pendingNikhahit = -1
            }
            if s.value == 0x0E4D { pendingNikhahit = i; continue }
            if isInvisible(s) { continue }
            let n: Unicode.Scalar
            if let d = ThaiNumerals.asciiDigit(s) {
                n = d
            } else if isSpaceLike(s) {
                n = " "
            } else {
                switch s.value {
                case 0x2018, 0x2019: n = "'"
                case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: n = "-"
                case 0xFF08: n = "("
                case 0xFF09: n = ")"
                default: n = s
                }
            }
            out.append(n); offs.append(i)
        }
        if pendingNikhahit >= 0 { out.append("\u{0E4D}"); offs.append(pendingNikhahit) }
        offs.append(i)
        return NormalizedText(scalars: out, offsets: offs)
    }

    /// The normalised string alone (no offsets), for short texts such as queries.
    public static func normalizedString(_ text: String) -> String {
        let n = normalize(text)
        var v = String.UnicodeScalarView()
        v.append(contentsOf: n.scalars)
        return String(v)
    }
}
