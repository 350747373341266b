import ThaiText
import AccordCore

/// A person named in the text: honorific, name, optional Latin alias, position.
struct PersonMention {
    var range: Range<Int>
    var nameRange: Range<Int>
    var first: String
    var last: String?
    var latin: Bool
    var position: Range<Int>?
    /// Where the text about this person (after the position) starts.
    var tailStart: Int
}

/// Finds persons by their honorifics and reads their names and positions.
struct PersonFinder {
    let run: ExtractionRun
    var s: [Unicode.Scalar] { run.s }

    private static let afterNaiNotName: [[Unicode.Scalar]] = ["กรัฐมนตรี", "กฯ", "กสมาคม", "กเทศมนตรี", "กองค์การ", "กอบต", "กอบจ", "กสภา", "ก ", "กรัฐ", "กเมือง", "กสมาพันธ์"].map(Cues.a)

    private static let gluedVerbs: [[Unicode.Scalar]] = ["กล่าว", "เปิดเผย", "ให้สัมภาษณ์", "ได้ร่วม", "เป็นประธาน", "ร่วมลงนาม", "ลงนาม"].map(Cues.a)

    /// The honorific chain at `i`, returning the index where the name starts.
    func honorifics(at i: Int, limit: Int) -> Int? {
        var j = i
        var any = false
        while j < limit {
            var matched = false
            for h in Cues.honorifics where h[0] == s[j] && s.matches(h, at: j) {
                let e = j + h.count
                // นาย/นาง followed by a title word is not a person (นายกรัฐมนตรี, นายอำเภอ...).
                if h.count <= 3 || h == Cues.a("นางสาว") {
                    if Cues.notNameAfterHonorific.contains(where: { $0.count > 1 && s.matches($0, at: e) }) { break }
                    if Self.afterNaiNotName.contains(where: { s.matches($0, at: e) }) { break }
                }
                j = e
                while j < limit, s[j] == " " { j += 1 }
                matched = true
                any = true
                break
            }
            if !matched { break }
        }
        return any ? j : nil
    }

    /// Persons in `from..<to`.
    func persons(from: Int, to: Int) -> [PersonMention] {
        var out: [PersonMention] = []
        var i = from
        while i < to {
            let c = s[i]
            guard c == "น" || c == "ด" || c == "ศ" || c == "ร" || c == "ผ" || c == "พ" || c == "ม" || c == "ว" || c == "ค" || c == "ท" || c == "H" || c == "M" || c == "D" || c == "P" || c == "ภ" || c == "ห" else { i += 1; continue }
            if i > from, ScalarClass.isLatinLetter(s[i - 1]) { i += 1; continue }
            guard let ns = honorifics(at: i, limit: to), let p = readName(start: i, nameStart: ns, limit: to) else { i += 1; continue }
            out.append(p)
            i = max(p.tailStart, i + 1)
        }
        return out
    }

    func readName(start: Int, nameStart: Int, limit: Int) -> PersonMention? {
        guard nameStart < limit else { return nil }
        var j = nameStart
        var first = "", last: String?
        var latin = false
        var nameEnd = j
        if ScalarClass.isUpperLatin(s[j]) {
            latin = true
            var words: [String] = []
            while j < limit, words.count < 5, ScalarClass.isUpperLatin(s[j]) {
                let w0 = j
                while j < limit, ScalarClass.isLatinLetter(s[j]) || s[j] == "-" || s[j] == "'" || s[j] == "." { j += 1 }
                words.append(s.string(w0..<j))
                nameEnd = j
                if j + 1 < limit, s[j] == " ", ScalarClass.isUpperLatin(s[j + 1]) { j += 1 } else { break }
            }
            guard !words.isEmpty else { return nil }
            // Stop before English position words captured as names.
            first = words.joined(separator: " ")
        } else if ScalarClass.isThai(s[j]) {
            while j < limit, ScalarClass.isThai(s[j]) || s[j] == "." { j += 1 }
            guard j - nameStart >= 2, j - nameStart <= 18 else { return nil }
            // "ปิยะสกลกล่าวว่า": a verb glued to the name ends it.
            for v in Self.gluedVerbs {
                if let q = s.firstIndex(of: v, from: nameStart + 2, to: j) { j = q; break }
            }
            first = s.string(nameStart..<j)
            nameEnd = j
            var j1 = j
            while j1 < limit, j1 - j < 3, s[j1] == " " { j1 += 1 }
            if j1 > j, j1 < limit, ScalarClass.isThai(s[j1]), !Cues.notSurname.contains(where: { s.matches($0, at: j1) }) {
                var k = j1
                while k < limit, ScalarClass.isThai(s[k]) || s[k] == "." { k += 1 }
                if k - j1 >= 2, k - j1 <= 22 {
                    last = s.string(j1..<k)
                    nameEnd = k
                }
            }
        } else {
            return nil
        }
        var alias = false
        // Skip a Latin alias in parentheses: นายจอห์น สมิธ (H.E. Mr. John Smith).
        var t = nameEnd
        if t + 1 < limit, s[t] == " " || s[t] == "(" {
            var q = s[t] == " " ? t + 1 : t
            if q < limit, s[q] == "(" {
                var depth = 0
                var r = q
                while r < limit {
                    if s[r] == "(" { depth += 1 } else if s[r] == ")" { depth -= 1; if depth == 0 { break } }
                    r += 1
                }
                let inner = (q + 1)..<r
                if inner.count > 1, s[inner].contains(where: ScalarClass.isLatinLetter), !s[inner].contains(where: ScalarClass.isThai) {
                    q = min(limit, r + 1)
                    t = q
                    alias = true
                }
            }
        }
        // Position.
        var p0 = t
        while p0 < limit, s[p0] == " " { p0 += 1 }
        if latin, p0 + 1 < limit, s[p0] == "," { p0 += 1; while p0 < limit, s[p0] == " " { p0 += 1 } }
        var position: Range<Int>?
        var tail = t
        if p0 < limit, Cues.positionWords.contains(where: { s.matches($0, at: p0) }) {
            var e = min(limit, p0 + 160)
            var k = p0 + 2
            while k < e {
                if Cues.positionStops.contains(where: { $0[0] == s[k] && s.matches($0, at: k) }) { e = k; break }
                if Cues.positionGluedStops.contains(where: { $0[0] == s[k] && s.matches($0, at: k) }) { e = k; break }
                // "รองนายกรัฐมนตรี นายดอน …": the next person of a list starts after a space.
                if s[k] == " ", k + 1 < e, s[k + 1] != " ", honorifics(at: k + 1, limit: e) != nil { e = k; break }
                if s[k] == "\n" { e = k; break }
                k += 1
            }
            let r = run.trim(p0..<e)
            if !r.isEmpty { position = r; tail = r.upperBound }
        }
        return PersonMention(range: start..<nameEnd, nameRange: nameStart..<nameEnd, first: first, last: last, latin: latin || alias, position: position, tailStart: tail)
    }

    /// First name → full name, for first names that come with exactly one surname in the article.
    func fullNames(lines: [ExtractionRun.Line]) -> [String: String] {
        var seen: [String: Set<String>] = [:]
        for l in lines {
            for p in persons(from: l.range.lowerBound, to: l.range.upperBound) where !p.latin {
                if let last = p.last { seen[p.first, default: []].insert(p.first + " " + last) }
            }
        }
        var out: [String: String] = [:]
        for (k, v) in seen where v.count == 1 { out[k] = v.first! }
        return out
    }

    func displayName(_ p: PersonMention, names: [String: String]) -> String {
        if let l = p.last { return p.first + " " + l }
        if let full = names[p.first] { return full }
        if !p.latin, let l = surname(of: p.first) { return p.first + " " + l }
        return p.first
    }

    /// The surname written after a first name somewhere in the article without an honorific
    /// ("รมว.ดิจิทัลฯ พิเชฐ ดุรงคเวโรจน์"), when there is exactly one such.
    func surname(of first: String) -> String? {
        let key = Array((first + " ").unicodeScalars)
        guard key.count >= 4 else { return nil }
        var found: String?
        var from = 0
        while let i = s.firstIndex(of: key, from: from) {
            from = i + 1
            let j = i + key.count
            if i > 0, ScalarClass.isThai(s[i - 1]), !Cues.honorifics.contains(where: { i >= $0.count && s.matches($0, at: i - $0.count) }) { continue }
            guard j < s.count, ScalarClass.isThai(s[j]), !Cues.notSurname.contains(where: { s.matches($0, at: j) }) else { continue }
            var k = j
            while k < s.count, ScalarClass.isThai(s[k]) { k += 1 }
            guard k - j >= 3, k - j <= 20 else { continue }
            let cand = s.string(j..<k)
            if let f = found, f != cand { return nil }
            found = cand
        }
        return found
    }
}
