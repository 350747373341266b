import AccordCore
import ThaiText

/// Finds Thai government agencies named in text, by the shipped agency list (`ThaiAgencies`): the
/// parties of an instrument whose title does not name them ("กระทรวงดิจิทัลฯ ลงนามบันทึกความเข้าใจกับ…").
struct AgencyFinder: Sendable {
    struct Name: Sendable {
        var scalars: [Unicode.Scalar]
        var code: String
    }

    /// Names and usable short forms (at least three letters, or ending in a period like "กต."), normalised
    /// as article text is, bucketed by first scalar and longest first so the longest name wins.
    let buckets: [Unicode.Scalar: [Name]]

    static let shared = AgencyFinder()

    init() {
        var b: [Unicode.Scalar: [Name]] = [:]
        for a in ThaiAgencies.all {
            for n in [a.thai, a.english] + a.aliases {
                let x = Array(ThaiNormalizer.normalizedString(n).unicodeScalars)
                guard let first = x.first, x.count >= 3 || x.last == "." else { continue }
                // Latin short forms must be whole words and at least three letters (DE is everywhere).
                if x.allSatisfy({ $0.isASCII }) && x.count < 3 { continue }
                b[first, default: []].append(Name(scalars: x, code: a.code))
            }
        }
        for k in b.keys { b[k]!.sort { $0.scalars.count > $1.scalars.count } }
        buckets = b
    }

    /// Agencies named in `s[from..<to]`, in text order, each once, with the range of the name as written.
    func agencies(in s: [Unicode.Scalar], from: Int, to: Int) -> [(code: String, range: Range<Int>)] {
        var out: [(String, Range<Int>)] = []
        var i = max(0, from)
        let hi = min(to, s.count)
        while i < hi {
            guard let names = buckets[s[i]] else { i += 1; continue }
            var hit: Name?
            for n in names where i + n.scalars.count <= hi && s.matches(n.scalars, at: i) {
                // Latin names are whole words; Thai ones may not start inside a longer Thai abbreviation ("กกต.").
                let before = i > 0 ? s[i - 1] : " "
                if n.scalars[0].isASCII, ScalarClass.isLatinLetter(before) { continue }
                if n.scalars[0].isASCII, i + n.scalars.count < s.count, ScalarClass.isLatinLetter(s[i + n.scalars.count]) { continue }
                if n.scalars.last == ".", ScalarClass.isThai(before) { continue }
                hit = n
                break
            }
            if let h = hit {
                if !out.contains(where: { $0.0 == h.code }) { out.append((h.code, i..<(i + h.scalars.count))) }
                i += h.scalars.count
            } else {
                i += 1
            }
        }
        return out
    }
}

extension Unicode.Scalar {
    fileprivate var isASCII: Bool { value < 0x80 }
}
