import ThaiText
import AccordCore

/// An enumerated scope list: where it starts and its items' ranges.
struct ScopeList {
    var start: Int
    var end: Int
    var items: [Range<Int>]
    var numbered: Bool
    /// The article states how many items there are and this list has that many.
    var counted = false
}

/// Finds scope lists: numbered (`1.` `1)` `(1)` `๑.`, one per line or inline) and unnumbered after
/// ได้แก่ / ประกอบด้วย / อาทิ (split at parenthesised English, nominalised items, connectors).
struct ScopeFinder {
    let run: ExtractionRun
    var s: [Unicode.Scalar] { run.s }

    /// `1.` / `1)` / `(1)`, or the items of section 2 numbered `2.1 … 2.14` (`sub(2)`).
    enum Form: Equatable { case dot, paren, both, sub(Int) }

    /// A list marker for number `n` at `i`: returns the index after the marker.
    func marker(_ n: Int, form: Form, at i: Int, lo: Int) -> Int? {
        var j = i
        if form == .both {
            guard j < s.count, s[j] == "(" else { return nil }
            j += 1
        }
        if case .sub(let section) = form {
            guard let (x, d) = ThaiNumerals.readInt(s, at: j, maxDigits: 2), x == section, d < s.count, s[d] == "." else { return nil }
            j = d + 1
        }
        guard let (v, e) = ThaiNumerals.readInt(s, at: j, maxDigits: 2), v == n else { return nil }
        guard e < s.count else { return nil }
        switch form {
        case .dot:
            guard s[e] == ".", e + 1 >= s.count || !ScalarClass.isDigit(s[e + 1]) else { return nil }
        case .paren, .both:
            guard s[e] == ")" else { return nil }
        case .sub:
            // "2.1 ร่าง…" or "2.1. ร่าง…", never "2.1.3" (a deeper level).
            if s[e] == ".", e + 1 < s.count, ScalarClass.isDigit(s[e + 1]) { return nil }
            guard s[e] == " " || s[e] == "." || s[e] == "\t" else { return nil }
        }
        // Preceded by a line start, a space, or a colon.
        if i > lo {
            let p = s[i - 1]
            // A later marker glued to the previous item's last word ("…และอื่นๆ4.พัฒนา…") still counts.
            let glued = n >= 2 && form == .dot && (ScalarClass.isThai(p) && !ScalarClass.isDigit(p)) && e + 1 < s.count && ScalarClass.isThai(s[e + 1])
            guard p == " " || p == "\n" || p == ":" || p == "\t" || glued else { return nil }
        }
        return e + 1
    }

    /// Numbered lists whose first marker is in `from..<to` (items may run to `limit`).
    func numberedLists(from: Int, to: Int, limit: Int, requireScope: Bool = true) -> [ScopeList] {
        var out: [ScopeList] = []
        var i = from
        while i < to {
            let c = s[i]
            // Sub-numbered lists ("2.1 … 2.2 …") only where instruments are listed: scope lists keep their forms.
            var section: Int?
            if !requireScope, ScalarClass.isDigit(c), i == from || !ScalarClass.isDigit(s[i - 1]),
               let (x, d) = ThaiNumerals.readInt(s, at: i, maxDigits: 2), d + 1 < s.count, s[d] == ".", s[d + 1] == "1" { section = x }
            guard c == "1" || c == "(" || section != nil else { i += 1; continue }
            var found: ScopeList?
            var nested = false
            for form in [Form.dot, .paren, .both] + (section.map { [Form.sub($0)] } ?? []) {
                guard let a = marker(1, form: form, at: i, lo: 0) else { continue }
                var starts = [i], bodies = [a]
                var n = 2
                var k = a
                // Look for the next marker within the same paragraph run (bounded).
                while k < limit, n <= 60 {
                    var next: (Int, Int)?
                    var q = k
                    let horizon = min(limit, k + 1200)
                    while q < horizon {
                        if let e = marker(n, form: form, at: q, lo: 0) { next = (q, e); break }
                        // A new list starting again at 1 ends this one; its later items are not ours.
                        if marker(1, form: form, at: q, lo: 0) != nil { break }
                        q += 1
                    }
                    guard let (ms, me) = next else { break }
                    // The previous item must not be cut by a blank line or a long run of lines.
                    var newlines = 0
                    for x in bodies.last!..<ms where s[x] == "\n" { newlines += 1 }
                    if newlines > 1 { break }
                    starts.append(ms); bodies.append(me)
                    n += 1
                    k = me
                }
                guard starts.count >= 2 else { continue }
                var items: [Range<Int>] = []
                for idx in 0..<starts.count {
                    let b = bodies[idx]
                    var e = idx + 1 < starts.count ? starts[idx + 1] : run.lineEnd(b)
                    let le = run.lineEnd(b)
                    if le < e { e = le }
                    items.append(cleanItem(b..<e))
                }
                found = ScopeList(start: i, end: items.last!.upperBound, items: items, numbered: true)
                if case .sub = form { nested = true }
                break
            }
            if let f = found, !requireScope || isScopeList(f) {
                out.append(f)
                // A section's sub-items ("2.1 … ได้แก่ (1) … (2) …") may hold a list of their own: read on inside.
                i = nested ? i + 1 : f.end
            } else {
                i += 1
            }
        }
        return out
    }

    private static let trailingAnd = Cues.a("และ")
    private static let otherBodysList: [[Unicode.Scalar]] = ["ของคณะกรรมการ", "ของรัฐบาล", "ของคณะรัฐมนตรี"].map(Cues.a)
    func cleanItem(_ r: Range<Int>) -> Range<Int> {
        var t = run.trim(r)
        // "... 14.xxx และ 15.yyy": the "และ" belongs to the list, not to item 14.
        if t.count > 3, s.matches(Self.trailingAnd, at: t.upperBound - 3) { t = run.trim(t.lowerBound..<(t.upperBound - 3)) }
        return t
    }

    func isScopeList(_ l: ScopeList) -> Bool {
        guard let first = l.items.first, !first.isEmpty else { return false }
        if Cues.nonScopeItemStarts.contains(where: { s.matches($0, at: first.lowerBound) }) { return false }
        let lo = max(0, l.start - 160)
        let cue = Cues.scopeCues.contains { s.contains($0, from: lo, to: l.start) }
        if !cue { return false }
        // Lists of people (appointments) or of instruments are not scope.
        for item in l.items.prefix(3) {
            if Cues.honorifics.contains(where: { s.matches($0, at: item.lowerBound) }) { return false }
            if Cues.thaiInstruments.contains(where: { s.contains($0.0, from: item.lowerBound, to: min(item.upperBound, item.lowerBound + 12)) }) { return false }
        }
        if countsNonScope(before: l.start) { return false }
        // "…แนวทางการทำงาน 4 เรื่องหลักของคณะกรรมการ… ได้แก่": the list is another body's programme.
        if Self.otherBodysList.contains(where: { s.contains($0, from: max(0, l.start - 100), to: l.start) }) { return false }
        if s.contains(Cues.objective, from: max(0, l.start - 80), to: l.start),
           !Cues.listScopeCues.prefix(3).contains(where: { s.contains($0, from: max(0, l.start - 80), to: l.start) }) { return false }
        return l.items.allSatisfy { !$0.isEmpty }
    }

    // MARK: Unnumbered

    private static let stops: [[Unicode.Scalar]] = [" ซึ่งจะ", " ทั้งนี้", " โดยทั้ง", " เพื่อให้", " ซึ่งเป็น", " โดยมุ่ง", " โดยมี", " โดยจะ", "“", "\""].map(Cues.a)
    private static let countUnits: [[Unicode.Scalar]] = ["ด้าน", "สาขา", "ประการ", "เรื่อง", "ข้อ", "ประเด็น"].map(Cues.a)

    /// A count stated just before a list ("แบ่งออกเป็น 5 ด้านหลัก คือ"), else nil.
    /// True when the words before a list count things that are not scope ("ระหว่าง 4 หน่วยงาน ได้แก่").
    func countsNonScope(before i: Int) -> Bool {
        let lo = max(0, i - 30)
        var k = lo
        while k < i {
            if ScalarClass.isDigit(s[k]), let (_, e) = ThaiNumerals.readInt(s, at: k, maxDigits: 3) {
                var j = e
                while j < i, s[j] == " " { j += 1 }
                if Cues.nonScopeUnits.contains(where: { s.matches($0, at: j) }) { return true }
                k = e
                continue
            }
            k += 1
        }
        return false
    }

    func statedCount(before i: Int) -> Int? {
        var k = i - 1
        let lo = max(0, i - 40)
        while k >= lo {
            if ScalarClass.isDigit(s[k]), k == 0 || !ScalarClass.isDigit(s[k - 1]) {
                if let (v, e) = ThaiNumerals.readInt(s, at: k, maxDigits: 2) {
                    var j = e
                    while j < i, s[j] == " " { j += 1 }
                    if Self.countUnits.contains(where: { s.matches($0, at: j) }), v >= 2 { return v }
                }
            }
            k -= 1
        }
        return nil
    }

    func unnumberedLists(from: Int, to: Int, excluding: [ScopeList]) -> [ScopeList] {
        var out: [ScopeList] = []
        var i = from
        while i < to {
            var starter: [Unicode.Scalar]?
            for w in Cues.listStarters + [Self.suchAs] where w[0] == s[i] && s.matches(w, at: i) { starter = w; break }
            guard let w = starter else { i += 1; continue }
            let ls = run.lineStart(i)
            let counted = statedCount(before: i)
            var cue = Cues.listScopeCues.contains { s.contains($0, from: max(ls, i - 60), to: i) } || counted != nil
            // "เช่น" gives examples; it lists the scope only right after the instrument's coverage ("ครอบคลุมความร่วมมือในสาขาต่างๆ เช่น").
            if w == Self.suchAs { cue = Self.coverage.contains { s.contains($0, from: max(ls, i - 45), to: i) } }
            if !cue || excluding.contains(where: { $0.start <= i && i < $0.end }) || countsNonScope(before: i) { i += w.count; continue }
            // "คือ" opens a list only after a stated count ("แบ่งออกเป็น 5 ด้านหลัก คือ").
            if w == Cues.listStarters[2] && counted == nil { i += w.count; continue }
            var b = i + w.count
            while b < s.count, s[b] == " " { b += 1 }
            var e = run.lineEnd(b)
            if e - b < 4 { i += w.count; continue }   // list on the next lines: numbered, handled elsewhere
            if let x = s.firstIndex(of: Cues.etc, from: b, to: e) { e = x }
            for st in Self.stops { if let x = s.firstIndex(of: st, from: b, to: e) { e = min(e, x) } }
            // "นอกจากนี้ ยังเป็นกลไก…" starts another sentence; "นอกจากนี้ยังครอบคลุม…" goes on with the scope.
            for st in Self.besides {
                if let x = s.firstIndex(of: st, from: b, to: e),
                   !Self.coverage.contains(where: { s.contains($0, from: x, to: min(e, x + st.count + 16)) }) { e = min(e, x) }
            }
            var items = split(b..<e)
            let bySpace = spaceSplit(b..<e)
            if let n = counted, items.count != n {
                // The article says how many; splitting at every space may give exactly that, else the first n are the list.
                if bySpace.count == n { items = bySpace }
                // "ใน 11 สาขา ได้แก่ A B … และ K ที่ทั้งสองฝ่าย…": the n-th phrase opens with และ and closes the list.
                else if bySpace.count > n, items.count < n, s.matches(Self.trailingAnd, at: bySpace[n - 1].lowerBound - Self.trailingAnd.count),
                        bySpace.prefix(n).allSatisfy({ ScalarClass.isThai(s[$0.lowerBound]) && !ScalarClass.isDigit(s[$0.lowerBound]) }) {
                    items = Array(bySpace.prefix(n))
                }
                else if items.count > n { items = Array(items.prefix(n)) }
            } else if counted == nil, bySpace.count > items.count, isSpaceList(b..<e) {
                items = bySpace
            }
            if items.count >= 2 {
                out.append(ScopeList(start: i, end: e, items: items, numbered: false, counted: counted == items.count))
            }
            i = e
        }
        return out
    }

    /// Splits an unnumbered run into items.
    func split(_ r: Range<Int>) -> [Range<Int>] {
        // Items that each end with a parenthesised English name: split after ") ".
        var parens = 0
        var k = r.lowerBound
        while k < r.upperBound {
            if s[k] == "(", k + 1 < r.upperBound, ScalarClass.isLatinLetter(s[k + 1]) { parens += 1 }
            k += 1
        }
        if parens >= 2 {
            var items: [Range<Int>] = []
            var st = r.lowerBound
            var depth = 0
            k = r.lowerBound
            while k < r.upperBound {
                if s[k] == "(" { depth += 1 }
                if s[k] == ")" {
                    depth -= 1
                    if depth == 0, k + 1 >= r.upperBound || s[k + 1] == " " {
                        var n = k + 1
                        while n < r.upperBound, s[n] == " " { n += 1 }
                        if n >= r.upperBound || ScalarClass.isThai(s[n]) {
                            items.append(stripConnectors(st..<(k + 1)))
                            st = n
                        }
                    }
                }
                k += 1
            }
            if st < r.upperBound { items.append(stripConnectors(st..<r.upperBound)) }
            return items.filter { $0.count >= 2 }
        }
        // Tokens on spaces; an item starts at a nominalised token (การ/ความ) unless it continues a
        // sub-list of bare words, at และการ/และความ, and at connectors (รวมถึง, นอกจากนี้...).
        var tokens: [Range<Int>] = []
        var t0 = r.lowerBound
        k = r.lowerBound
        while k <= r.upperBound {
            if k == r.upperBound || s[k] == " " {
                if k > t0 { tokens.append(t0..<k) }
                t0 = k + 1
            }
            k += 1
        }
        guard !tokens.isEmpty else { return [] }
        func starts(_ t: Range<Int>, _ ws: [[Unicode.Scalar]]) -> Bool { ws.contains { s.matches($0, at: t.lowerBound) } }
        func nominal(_ t: Range<Int>) -> Bool { starts(t, Cues.nominalisers) && !starts(t, Cues.notNominal) }
        func bare(_ t: Range<Int>) -> Bool { !nominal(t) && !starts(t, [Self.trailingAnd]) && t.count <= 15 }
        var items: [Range<Int>] = []
        var st = tokens[0].lowerBound
        for idx in 1..<tokens.count {
            let t = tokens[idx], prev = tokens[idx - 1]
            var cut = false
            if starts(t, [Self.trailingAnd]), t.count > 3 {
                let after = (t.lowerBound + 3)..<t.upperBound
                if nominal(after) { cut = true }
            } else if starts(t, Cues.splitConnectors) {
                cut = true
            } else if nominal(t), !bare(prev) || idx == 1 && false {
                cut = true
            }
            if cut {
                items.append(stripConnectors(st..<prev.upperBound))
                st = t.lowerBound
            }
        }
        items.append(stripConnectors(st..<tokens.last!.upperBound))
        if items.count < 2 {
            // Comma lists: "A, B, C และ D".
            var parts: [Range<Int>] = []
            var p0 = r.lowerBound
            for q in r where s[q] == "," {
                parts.append(stripConnectors(p0..<q))
                p0 = q + 1
            }
            if parts.count >= 2 {
                let rest = p0..<r.upperBound
                if let a = s.firstIndex(of: Cues.a(" และ"), from: rest.lowerBound, to: rest.upperBound) {
                    parts.append(stripConnectors(rest.lowerBound..<a))
                    parts.append(stripConnectors((a + 1)..<rest.upperBound))
                } else {
                    parts.append(stripConnectors(rest))
                }
                return parts.filter { !$0.isEmpty }
            }
        }
        return items.filter { $0.count >= 2 }
    }

    private static let suchAs = Cues.a("เช่น")
    private static let besides: [[Unicode.Scalar]] = [" นอกจากนี้", " นอกจากนั้น"].map(Cues.a)
    private static let coverage: [[Unicode.Scalar]] = ["ครอบคลุม", "ขอบเขต"].map(Cues.a)
    private static let subListWords: [[Unicode.Scalar]] = ["อาทิ", "เช่น", "ได้แก่", "คือ", "ประกอบด้วย", "ซึ่ง", "โดย", "ที่", "ให้", "เพื่อ", "ของ", "จะ", "ได้", "เป็น", "มี", "ใน"].map(Cues.a)

    /// True when a run is a list of short Thai noun phrases separated by spaces ("ด้านพืช ปศุสัตว์ ประมง
    /// การชลประทาน"): every token starts with a Thai letter, none opens a clause or a sub-list.
    func isSpaceList(_ r: Range<Int>) -> Bool {
        var t0 = r.lowerBound
        var tokens = 0
        for k in r.lowerBound...r.upperBound where k == r.upperBound || s[k] == " " {
            defer { t0 = k + 1 }
            guard k > t0 else { continue }
            let tok = t0..<k
            if tok.count < 4 || tok.count > 70 || !ScalarClass.isThai(s[t0]) { return false }
            var b = t0
            if s.matches(Self.trailingAnd, at: b) { b += Self.trailingAnd.count }
            if Self.subListWords.contains(where: { s.matches($0, at: b) }) { return false }
            tokens += 1
        }
        return tokens >= 3
    }

    func spaceSplit(_ r: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var t0 = r.lowerBound
        for k in r.lowerBound...r.upperBound where k == r.upperBound || s[k] == " " {
            if k > t0 { out.append(stripConnectors(t0..<k)) }
            t0 = k + 1
        }
        return out.filter { $0.count >= 2 }
    }

    func stripConnectors(_ r: Range<Int>) -> Range<Int> {
        var t = run.trim(r)
        var changed = true
        while changed {
            changed = false
            for c in Cues.connectors where t.count > c.count + 2 && s.matches(c, at: t.lowerBound) {
                t = run.trim((t.lowerBound + c.count)..<t.upperBound)
                changed = true
            }
        }
        if t.count > 3, s.matches(Self.trailingAnd, at: t.upperBound - 3) { t = run.trim(t.lowerBound..<(t.upperBound - 3)) }
        return t
    }

    // MARK: Areas and modalities

    func lowered(_ r: Range<Int>) -> [Unicode.Scalar] {
        s[r].map { c in (c.value >= 0x41 && c.value <= 0x5A) ? Unicode.Scalar(c.value + 32)! : c }
    }

    func areas(_ r: Range<Int>) -> [Area] {
        let x = lowered(r)
        var hits: [(Area, Range<Int>)] = []
        for (w, area) in Cues.areaCues {
            var from = 0
            while let p = x.firstIndex(of: w, from: from) {
                let e = p + w.count
                let latin = w[0].value < 0x80
                if latin && w.count <= 3 {
                    let okBefore = p == 0 || !ScalarClass.isLatinLetter(x[p - 1])
                    let okAfter = e >= x.count || !ScalarClass.isLatinLetter(x[e]) || x[e] == "s"
                    if !(okBefore && okAfter) { from = p + 1; continue }
                }
                hits.append((area, p..<e))
                break
            }
        }
        let digital = hits.filter { !$0.0.rawValue.hasPrefix("sector-") }
        var out: [Area] = []
        for (a, rr) in hits {
            if a.rawValue.hasPrefix("sector-"), digital.contains(where: { $0.1.overlaps(rr) }) { continue }
            if !out.contains(a) { out.append(a) }
        }
        return out
    }

    func modalities(_ r: Range<Int>) -> [Modality] {
        let x = lowered(r)
        var out: [Modality] = []
        let further = Cues.a("เพิ่มเติม")
        for (w, m) in Cues.modalityCues where !out.contains(m) {
            var from = 0
            while let p = x.firstIndex(of: w, from: from) {
                // "การหารือเพิ่มเติม" (to discuss details later) is procedure, not a way of cooperating.
                if m == .meetingsDialogue, x.matches(further, at: p + w.count) { from = p + 1; continue }
                out.append(m)
                break
            }
        }
        return out
    }
}
