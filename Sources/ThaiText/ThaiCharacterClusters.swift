/// Thai Character Clusters (TCC, Theeramunkong et al. 2000): the units a Thai word boundary may not split.
///
/// The rules are those of PyThaiNLP's improved TCC (the ones newmm uses), tried in the same order
/// with the same first-match semantics, so boundaries agree with newmm's. They are hand-compiled
/// over scalar values instead of run as a regular expression: one pass, no allocation.
enum ThaiCharacterClusters {
    // Scalar values of the characters the rules name.
    private static let saraE: UInt32 = 0x0E40, saraAe: UInt32 = 0x0E41, saraO: UInt32 = 0x0E42
    private static let saraAiMaimalai: UInt32 = 0x0E44
    private static let maiTaikhu: UInt32 = 0x0E47, thanthakhat: UInt32 = 0x0E4C
    private static let saraA: UInt32 = 0x0E30, maiHanAkat: UInt32 = 0x0E31, saraAa: UInt32 = 0x0E32
    private static let saraAm: UInt32 = 0x0E33, saraI: UInt32 = 0x0E34, saraIi: UInt32 = 0x0E35
    private static let saraUee: UInt32 = 0x0E37, saraU: UInt32 = 0x0E38, saraUu: UInt32 = 0x0E39
    private static let yoYak: UInt32 = 0x0E22, oAng: UInt32 = 0x0E2D, woWaen: UInt32 = 0x0E27, roRua: UInt32 = 0x0E23

    /// Marks `valid[p] = true` at the end of every cluster of `s`; `valid` has `s.count + 1` slots.
    static func markBoundaries(_ s: UnsafeBufferPointer<UInt32>, into valid: UnsafeMutableBufferPointer<Bool>) {
        let n = s.count
        var p = 0
        while p < n {
            p += clusterLength(s, at: p)
            valid[p] = true
        }
    }

    /// The length of the cluster starting at `p` (1 when no rule matches).
    @inline(__always)
    static func clusterLength(_ s: UnsafeBufferPointer<UInt32>, at p: Int) -> Int {
        let c0 = s[p]
        // Every rule starts with a consonant or a leading vowel เ–ไ.
        if c0 &- 0x0E01 > (saraAiMaimalai - 0x0E01) { return 1 }
        if isConsonant(c0) { return consonantRules(s, p) }
        switch c0 {
        case saraE: return saraERules(s, p)
        case saraAe: return saraAeRules(s, p)
        case saraO: return saraORules(s, p)
        case 0x0E43, saraAiMaimalai: return leadingVowelRule(s, p) ?? 1
        default: return 1
        }
    }

    @inline(__always) private static func isConsonant(_ c: UInt32) -> Bool { c &- 0x0E01 <= 0x2D }
    @inline(__always) private static func isTone(_ c: UInt32) -> Bool { c &- 0x0E48 <= 3 }
    @inline(__always) private static func isLowerOrI(_ c: UInt32) -> Bool { c == saraU || c == saraUu || c == saraI }

    /// The scalar at `i`, or 0 past the end (0 matches no rule).
    @inline(__always) private static func at(_ s: UnsafeBufferPointer<UInt32>, _ i: Int) -> UInt32 {
        i < s.count ? s[i] : 0
    }

    /// `t`: an optional tone mark; the length consumed.
    @inline(__always) private static func tone(_ s: UnsafeBufferPointer<UInt32>, _ i: Int) -> Int {
        isTone(at(s, i)) ? 1 : 0
    }

    /// `k`, the optional silent tail `(c c? [ุูิ]? ์)?`; the length consumed (0 when absent).
    @inline(__always) private static func tail(_ s: UnsafeBufferPointer<UInt32>, _ i: Int) -> Int {
        guard isConsonant(at(s, i)) else { return 0 }
        let a = at(s, i + 1)
        if isConsonant(a) {
            let b = at(s, i + 2)
            if isLowerOrI(b), at(s, i + 3) == thanthakhat { return 4 }
            if b == thanthakhat { return 3 }
        }
        if isLowerOrI(a), at(s, i + 2) == thanthakhat { return 3 }
        if a == thanthakhat { return 2 }
        return 0
    }

    /// `(?=[เ-ไก-ฮ]|$)`, with Python's `$` (end, or before a final newline).
    @inline(__always) private static func lookaheadOK(_ s: UnsafeBufferPointer<UInt32>, _ i: Int) -> Bool {
        if i >= s.count { return true }
        let c = s[i]
        if i == s.count - 1, c == 0x0A { return true }
        return isConsonant(c) || (c &- saraE <= 4)
    }

    /// Rules starting with เ, in newmm's order; the last (`เctา?ะ?k`) matches any เ + consonant.
    private static func saraERules(_ s: UnsafeBufferPointer<UInt32>, _ p: Int) -> Int {
        let c1 = at(s, p + 1)
        guard isConsonant(c1) else { return 1 }
        let c2 = at(s, p + 2)
        // เc็ck
        if c2 == maiTaikhu, isConsonant(at(s, p + 3)) { return 4 + tail(s, p + 4) }
        if isConsonant(c2) {
            // เcctาะk
            var i = p + 3
            i += tone(s, i)
            if at(s, i) == saraAa, at(s, i + 1) == saraA { return i + 2 - p + tail(s, i + 2) }
            // เccีtยะk, then เccีtย(?=…)k
            if at(s, p + 3) == saraIi {
                var j = p + 4
                j += tone(s, j)
                if at(s, j) == yoYak {
                    if at(s, j + 1) == saraA { return j + 2 - p + tail(s, j + 2) }
                    if lookaheadOK(s, j + 1) { return j + 1 - p + tail(s, j + 1) }
                }
            }
            // เcc็ck
            if at(s, p + 3) == maiTaikhu, isConsonant(at(s, p + 4)) { return 5 + tail(s, p + 5) }
        }
        if c2 == saraI {
            // เcิc์ck
            if isConsonant(at(s, p + 3)), at(s, p + 4) == thanthakhat, isConsonant(at(s, p + 5)) {
                return 6 + tail(s, p + 6)
            }
            // เcิtck
            var i = p + 3
            i += tone(s, i)
            if isConsonant(at(s, i)) { return i + 1 - p + tail(s, i + 1) }
        }
        if c2 == saraIi {
            // เcีtยะ?k
            var i = p + 3
            i += tone(s, i)
            if at(s, i) == yoYak {
                i += 1
                if at(s, i) == saraA { i += 1 }
                return i - p + tail(s, i)
            }
        }
        if c2 == saraUee {
            // เcืtอะ?k
            var i = p + 3
            i += tone(s, i)
            if at(s, i) == oAng {
                i += 1
                if at(s, i) == saraA { i += 1 }
                return i - p + tail(s, i)
            }
        }
        if c2 == saraI || c2 == saraIi || c2 == saraU || c2 == saraUu {
            // เc[ิีุู]tย(?=…)k
            var i = p + 3
            i += tone(s, i)
            if at(s, i) == yoYak, lookaheadOK(s, i + 1) { return i + 1 - p + tail(s, i + 1) }
        }
        // เctา?ะ?k
        var i = p + 2
        i += tone(s, i)
        if at(s, i) == saraAa { i += 1 }
        if at(s, i) == saraA { i += 1 }
        return i - p + tail(s, i)
    }

    /// Rules starting with a consonant; the last (`ct[ะาำ]?k`) always matches.
    private static func consonantRules(_ s: UnsafeBufferPointer<UInt32>, _ p: Int) -> Int {
        let c1 = at(s, p + 1)
        if c1 == maiHanAkat {
            // cัtวะk
            var i = p + 2
            i += tone(s, i)
            if at(s, i) == woWaen, at(s, i + 1) == saraA { return i + 2 - p + tail(s, i + 2) }
        }
        if c1 == maiHanAkat || c1 == saraUee {
            // c[ัื]tc[ุิะ]?k
            var i = p + 2
            i += tone(s, i)
            if isConsonant(at(s, i)) {
                i += 1
                let v = at(s, i)
                if v == saraU || v == saraI || v == saraA { i += 1 }
                return i - p + tail(s, i)
            }
        }
        // c[ิุู]์
        if (c1 == saraI || c1 == saraU || c1 == saraUu), at(s, p + 2) == thanthakhat { return 3 }
        // c[ะ-ู]tk
        if c1 &- saraA <= 9 {
            var i = p + 2
            i += tone(s, i)
            return i - p + tail(s, i)
        }
        // cรรc์
        if c1 == roRua, at(s, p + 2) == roRua, isConsonant(at(s, p + 3)), at(s, p + 4) == thanthakhat { return 5 }
        // c็
        if c1 == maiTaikhu { return 2 }
        // ct[ะาำ]?k
        var i = p + 1
        i += tone(s, i)
        let v = at(s, i)
        if v == saraA || v == saraAa || v == saraAm { i += 1 }
        return i - p + tail(s, i)
    }

    /// Rules starting with แ, then the generic leading-vowel rule.
    private static func saraAeRules(_ s: UnsafeBufferPointer<UInt32>, _ p: Int) -> Int {
        let c1 = at(s, p + 1)
        guard isConsonant(c1) else { return 1 }
        let c2 = at(s, p + 2), c3 = at(s, p + 3)
        if c2 == maiTaikhu, isConsonant(c3) { return 4 }                      // แc็c
        if isConsonant(c2), c3 == thanthakhat { return 4 }                    // แcc์
        var i = p + 2                                                          // แctะ
        i += tone(s, i)
        if at(s, i) == saraA { return i + 1 - p }
        if isConsonant(c2), c3 == maiTaikhu, isConsonant(at(s, p + 4)) { return 5 }  // แcc็c
        if isConsonant(c2), isConsonant(c3), at(s, p + 4) == thanthakhat { return 5 } // แccc์
        return leadingVowelRule(s, p) ?? 1
    }

    /// `โctะ`, then the generic leading-vowel rule.
    private static func saraORules(_ s: UnsafeBufferPointer<UInt32>, _ p: Int) -> Int {
        guard isConsonant(at(s, p + 1)) else { return 1 }
        var i = p + 2
        i += tone(s, i)
        if at(s, i) == saraA { return i + 1 - p }
        return leadingVowelRule(s, p) ?? 1
    }

    /// `[เ-ไ]ct`.
    @inline(__always) private static func leadingVowelRule(_ s: UnsafeBufferPointer<UInt32>, _ p: Int) -> Int? {
        guard isConsonant(at(s, p + 1)) else { return nil }
        return 2 + tone(s, p + 2)
    }
}

extension ThaiCharacterClusters {
    /// The clusters of `text`, for tests and inspection.
    static func clusters(of text: String) -> [String] {
        let scalars = text.unicodeScalars.map(\.value)
        return scalars.withUnsafeBufferPointer { s in
            var out: [String] = []
            var p = 0
            while p < s.count {
                let q = p + clusterLength(s, at: p)
                out.append(String(String.UnicodeScalarView(s[p..<q].compactMap(Unicode.Scalar.init))))
                p = q
            }
            return out
        }
    }
}
