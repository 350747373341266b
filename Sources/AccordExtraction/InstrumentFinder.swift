import ThaiText
import AccordCore

/// A place where an instrument is named.
struct Mention {
    var range: Range<Int>
    var kind: InstrumentKind
    var form: Cues.MentionForm
    var line: Range<Int>
    var headlineLike: Bool
}

/// A party read from an instrument's title.
struct PartyRef {
    var range: Range<Int>
    var nameEn: String?
    var country: String?
    /// The party is only a country's name (`ไทย`, `สปป.ลาว`), not a ministry or body.
    var bare: Bool
}

/// A mention with an event verb before it: the article reports something happening to the instrument.
struct Anchor {
    var mention: Mention
    var event: EventKind
    var trigger: Range<Int>
    /// Where the sentence reporting the event starts (persons are looked for from here).
    var clauseStart: Int
    var title: Range<Int>?
    var titleEn: Range<Int>?
    var kind: InstrumentKind
    var parties: [PartyRef]
    var topic: Range<Int>?
    var witnessClause: Bool
    /// Text around the event for lists of instruments ("ลงนามความตกลง … จำนวน 7 ฉบับ ได้แก่").
    var context: Range<Int>? = nil
    /// Signed "เพื่อลงนาม"/"ให้ลงนาม": a plan unless the article dates it in the past.
    var weakPlan = false
    /// An item of a list of instruments where another item names a foreign country.
    var siblingsNameCountries = false
    /// Why the rules would drop this anchor (background, long past, a wish...); only kept when the run is
    /// permissive, so that the decision model can weigh it.
    var veto: String? = nil
    var titled: Bool { parties.count >= 2 || topic != nil }
}

/// Finds instrument mentions and anchors in a unit and groups them into instruments.
struct InstrumentFinder {
    let run: ExtractionRun
    let unit: ExtractionRun.Unit
    let headlineRange: Range<Int>?
    var s: [Unicode.Scalar] { run.s }
    var english: Bool { run.article.language == .en }

    // MARK: Mentions

    func mentions(in line: Range<Int>, headlineLike: Bool) -> [Mention] {
        var out: [Mention] = []
        var i = line.lowerBound
        let end = line.upperBound
        // Parenthesis depth before `i`, kept as `i` moves forward (never rescanning the line: linear work).
        var depth = 0, scanned = line.lowerBound
        func insideParentheses(_ i: Int) -> Bool {
            while scanned < i {
                if s[scanned] == "(" { depth += 1 } else if s[scanned] == ")" { depth = max(0, depth - 1) }
                scanned += 1
            }
            return depth > 0
        }
        while i < end {
            let c = s[i]
            var found: Mention?
            if c == "ค", s.matches(Self.cooperation, at: i), Self.signedCooperation.contains(where: { i >= $0.count && s.matches($0, at: i - $0.count) }) {
                // "ลงนามความร่วมมือ (MEMORANDUM OF UNDERSTANDING ...)": an instrument named by its purpose.
                found = Mention(range: i..<(i + Self.cooperation.count), kind: .other, form: .thai, line: line, headlineLike: headlineLike)
            } else if ScalarClass.isThai(c) {
                for (w, k) in Cues.thaiInstruments where w[0] == c && s.matches(w, at: i) {
                    found = Mention(range: i..<(i + w.count), kind: k, form: k == .mou && w.count == 8 && w[0] == "เ" ? .acronym : .thai, line: line, headlineLike: headlineLike)
                    break
                }
            } else if ScalarClass.isUpperLatin(c), i == line.lowerBound || !ScalarClass.isLatinLetter(s[i - 1]) {
                for (w, k) in Cues.acronyms where w[0] == c && s.matches(w, at: i) {
                    let e = i + w.count
                    if e < end, ScalarClass.isLatinLetter(s[e]) { continue }
                    found = Mention(range: i..<e, kind: k, form: .acronym, line: line, headlineLike: headlineLike)
                    break
                }
                // English articles name instruments in English ("a Memorandum of Cooperation on ..."); Thai ones
                // too at times ("ร่างเอกสาร Joint Statement on …"), outside the parentheses that translate a Thai name.
                if found == nil, english || !insideParentheses(i) {
                    for (w, k) in Cues.english where w[0] == c && s.matches(w, at: i) {
                        let e = i + w.count
                        if e < end, ScalarClass.isLatinLetter(s[e]) && s[e] != "s" { continue }
                        found = Mention(range: i..<e, kind: k, form: .english, line: line, headlineLike: headlineLike)
                        break
                    }
                }
            }
            if let m = found, m.kind == .agreement, let r = renewalWrapper(after: m) {
                // "ความตกลงในการต่ออายุบันทึกความเข้าใจ…": the instrument is the one renewed.
                i = r
            } else if let m = found {
                out.append(m)
                i = m.range.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    private static let renewalWrappers: [[Unicode.Scalar]] = ["ในการต่ออายุ", "ว่าด้วยการต่ออายุ", "เพื่อต่ออายุ", "ต่ออายุ"].map(Cues.a)

    /// Where the renewed instrument starts when a mention only wraps a renewal ("ความตกลงในการต่ออายุ" +
    /// instrument), else nil.
    func renewalWrapper(after m: Mention) -> Int? {
        var j = m.range.upperBound
        while j < m.line.upperBound, s[j] == " " { j += 1 }
        for w in Self.renewalWrappers where s.matches(w, at: j) {
            var k = j + w.count
            while k < m.line.upperBound, s[k] == " " { k += 1 }
            if Cues.thaiInstruments.contains(where: { s.matches($0.0, at: k) }) { return k }
        }
        return nil
    }

    private static let cooperation = Cues.a("ความร่วมมือ")
    private static let history: [[Unicode.Scalar]] = ["เดิม", "เคย"].map(Cues.a)
    private static let signedCooperation: [[Unicode.Scalar]] = ["ลงนาม", "ลงนามใน", "ลงนามการ", "ลงนามข้อ", "ลงนาม "].map(Cues.a)

    // MARK: Anchors

    /// The vetoes the decision model weighs in a permissive run. The others stay rules: the gold rarely
    /// contradicts them (`accord train` prints how often each is contradicted) and the guide states them
    /// (a signing long past, "เคย", "ที่ผ่านมา", a wish, drafting talk with no parties).
    static let learnedVetoes: Set<String> = ["background", "noEvent", "domesticName", "genericFar", "genericUntitled", "accession"]

    private static let saySpace = Cues.a("ว่า ")
    private static let formerly = Cues.a("เคย")
    private static let will = Cues.a("จะ")

    @inline(__always)
    func lastIndex(_ w: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> Int? { s.lastIndex(of: w, from: lo, to: hi) }

    func anchor(_ m: Mention, previousEnd: Int) -> Anchor? {
        let ls = m.line.lowerBound
        var w0 = max(ls, previousEnd, m.range.lowerBound - 70)
        if let q = lastIndex(Self.saySpace, w0, m.range.lowerBound) { w0 = q + Self.saySpace.count }
        let w1 = m.range.lowerBound
        // Background: work under an instrument, or one signed long ago. A permissive run keeps the first
        // reason as the anchor's veto instead of dropping it.
        var veto: String?
        func reject(_ why: String) -> Bool {
            guard run.permissive, Self.learnedVetoes.contains(why) else { return true }
            if veto == nil { veto = why }
            return false
        }
        let near0 = max(w0, w1 - 10)
        for b in Cues.background where s.contains(b, from: near0, to: w1) {
            if b == Cues.background[0] || b == Cues.background[1], let a = implementation(m, clauseFrom: w0) { return a }
            if reject("background") { return nil }
            break
        }
        if s.contains(Self.formerly, from: w0, to: w1), reject("formerly") { return nil }
        if let q = s.lastIndex(of: Self.pastWhile, from: w0, to: w1), !endsADate(at: q), reject("past") { return nil }
        if isLongPast(after: m), reject("longPast") { return nil }
        if s.contains(Self.atThatTime, from: w0, to: w1), reject("atThatTime") { return nil }
        // "การต่ออายุบันทึกความเข้าใจจะกระทำได้เมื่อ…": the instrument's own terms, not an event.
        var after = m.range.upperBound
        while after < m.line.upperBound, s[after] == " " { after += 1 }
        if s.matches(Self.will, at: after), reject("ownTerms") { return nil }

        let signAt = lastIndex(Cues.sign, w0, w1) ?? lastIndex(Cues.a("sign"), w0, w1) ?? lastIndex(Cues.a("Sign"), w0, w1)
        let exchangeAt = lastIndex(Cues.exchange, max(w0, w1 - 30), w1) ?? lastIndex(Cues.a("exchange"), max(w0, w1 - 30), w1)
        var renewalAt: Int?
        for r in Cues.renewal { if let p = lastIndex(r, w0, w1) { renewalAt = p; break } }
        var approvalAt: Int?
        for a in Cues.approval { if let p = lastIndex(a, w0, w1) { approvalAt = max(approvalAt ?? p, p) } }
        var cabinetInClause = false
        for c in Cues.cabinet where s.contains(c, from: max(ls, w0 - 60), to: w1) { cabinetInClause = true }
        var planWordAt: Int?
        for p in Cues.planWords { if let q = lastIndex(p, max(w0, w1 - 25), w1) { planWordAt = q; break } }
        // "ทั้งสองฝ่ายได้เห็นพ้องในส่วนของถ้อยคำใน…": the wording of a draft is agreed, the signing is to come.
        if planWordAt == nil, let q = lastIndex(Self.wording, max(w0, w1 - 25), w1), s.contains(Self.agreedOn, from: max(w0, q - 40), to: q) { planWordAt = q }

        var event: EventKind?
        var weakPlan = false
    /// An item of a list of instruments where another item names a foreign country.
    var siblingsNameCountries = false
        var trigger = m.range
        // A decision that takes note of a meeting: the meeting's own verbs decide (signed, adopted, agreed,
        // "ที่ประชุมเห็นชอบ…"), unless the cabinet itself is named in the clause.
        let cabinetUnit = (unit.cabinetSection || unit.cabinetContext) && !(unit.noting && !cabinetInClause)
        let approved = approvalAt != nil && (cabinetUnit || cabinetInClause)
        let cabinetDecides = cabinetUnit
        // The cabinet approves drafts ("ร่างปฏิญญา…"); a meeting it takes note of adopted the final text.
        let draftBefore = s.contains(Cues.draft, from: max(w0, w1 - 8), to: w1)
        let adoptedAt = Cues.adoption.compactMap { lastIndex($0, max(w0, w1 - 30), w1) }.max()
        if unit.noting && unit.cabinetSection && signAt == nil && exchangeAt == nil && (m.kind == .declaration || m.kind == .other && adoptedAt != nil) {
            // A report of a meeting's results tells the statements the meeting issued, after any earlier
            // cabinet approval of their drafts ("[คณะรัฐมนตรีมีมติ (19 ตุลาคม 2564) เห็นชอบร่าง…]"): the latest event.
            event = .adoption
            trigger = adoptedAt.map { $0..<($0 + 3) } ?? m.range
        } else if cabinetUnit && !draftBefore && approvalAt == nil && signAt == nil && (m.kind == .declaration || m.kind == .other), let p = adoptedAt {
            event = .adoption
            trigger = p..<(p + 3)
        } else if approved || (cabinetDecides && (signAt != nil || planWordAt != nil || approvalAt != nil || renewalAt != nil || adoptedAt != nil)) {
            event = .cabinetApproval
            trigger = (approvalAt ?? signAt ?? planWordAt ?? renewalAt ?? w1)..<(approvalAt ?? signAt ?? planWordAt ?? renewalAt ?? w1) + 3
            // Approving a negotiating position or the launch of talks ("เห็นชอบกรอบการเจรจาความตกลง…"): the
            // instrument itself is still being negotiated (the guide: plan).
            if let n = lastIndex(Self.negotiation, max(w0, w1 - 40), w1), signAt.map({ $0 < n }) ?? true, !draftBefore {
                event = .plan
                trigger = n..<(n + Self.negotiation.count)
            }
        } else if let r = renewalAt {
            event = .renewal
            trigger = r..<(r + 3)
        } else if let g = signAt {
            var planned = false
            for p in Cues.planBeforeSign where s.contains(p, from: max(w0, g - (p.count <= 2 ? 30 : 16)), to: g) { planned = true }
            for p in Cues.weakPlanBeforeSign where s.contains(p, from: max(w0, g - 14), to: g) { weakPlan = true }
            event = planned ? .plan : .signing
            trigger = g..<(g + Cues.sign.count)
        } else if let x = exchangeAt {
            event = .exchange
            trigger = x..<(x + Cues.exchange.count)
        } else if let p = planWordAt {
            event = .plan
            trigger = p..<(p + 5)
        } else if let p = Cues.accession.compactMap({ lastIndex($0, max(w0, w1 - 40), w1) }).max() {
            // "ไทยเข้าเป็นภาคีความตกลง…": joining; announced ("จะ", "เตรียม") it is a plan.
            // Half of these on the corpora are history told in a speech, so the decision model weighs them.
            if reject("accession") { return nil }
            let announced = Cues.planBeforeSign.prefix(3).contains { s.contains($0, from: max(w0, p - 20), to: p) }
            event = announced ? .plan : .other
            trigger = p..<(p + 3)
        } else if !isBackReference(m), let p = Cues.pending.compactMap({ s.firstIndex(of: $0, from: m.range.upperBound, to: min(m.line.upperBound, m.range.upperBound + 120)) }).min() {
            event = .plan
            trigger = p..<(p + 3)
        } else if !cabinetUnit, adoptedAt == nil, !isBackReference(m), s.contains(Cues.draft, from: max(w0, w1 - 4), to: w1) {
            // "ร่างบันทึกความเข้าใจ…" outside a cabinet decision: a text still being drafted.
            event = .plan
            trigger = (w1 - Cues.draft.count)..<w1
        } else if m.kind == .declaration || m.kind == .other,
                  let p = adoptedAt ?? Cues.issued.compactMap({ lastIndex($0, max(w0, w1 - 8), w1) }).max() {
            // "ที่ประชุมได้ให้การรับรองปฏิญญา…", "ออกแถลงการณ์ร่วม…", "adopted the … Declaration".
            event = .adoption
            trigger = p..<(p + 3)
        }
        // "ความตกลง… มีผลใช้บังคับแล้ว": entry into force is an event of its own.
        if event == nil {
            let hi = min(m.line.upperBound, m.range.upperBound + 150)
            for w in Self.inForce {
                if let p = s.firstIndex(of: w, from: m.range.upperBound, to: hi) {
                    event = .entryIntoForce
                    trigger = p..<(p + w.count)
                    break
                }
            }
        }
        // A cabinet decision's heading ("2. เรื่อง ร่างบันทึกความเข้าใจ…") names what the cabinet decided on.
        if event == nil, unit.cabinetSection, m.line == unit.lines.first?.range {
            event = .cabinetApproval
        }
        // No event verb: a permissive run keeps the mention as possible work under the instrument.
        // Only a named instrument: "ความตกลงฉบับนี้มีผลใช้บังคับ 5 ปี" refers back, it reports nothing.
        if event == nil, !m.headlineLike, !isBackReference(m), !reject("noEvent") {
            event = unit.cabinetSection && !unit.noting ? .cabinetApproval : .implementation
        }
        guard let event else { return nil }

        var a = Anchor(mention: m, event: event, trigger: trigger, clauseStart: ls, title: nil, titleEn: nil,
                       kind: m.kind, parties: [], topic: nil, witnessClause: false)
        a.weakPlan = weakPlan
        if let wp = lastIndex(Cues.witness, max(ls, trigger.lowerBound - 45), w1) {
            a.witnessClause = true
            a.clauseStart = max(ls, previousEnd, wp - 25)
        } else if previousEnd > ls {
            a.clauseStart = max(previousEnd, trigger.lowerBound - 40)
        }
        readTitle(&a)
        // Drafting talk ("นำไปสู่การจัดทำบันทึกความเข้าใจระหว่างกัน") needs a named instrument.
        if event == .plan, signAt == nil {
            // A wish ("ขอให้…นำไปสู่การจัดทำ…") is not a plan to sign.
            if s.contains(Cues.a("ขอให้"), from: max(ls, w0 - 40), to: w1) || s.contains(Cues.a("นำไปสู่"), from: max(ls, w1 - 30), to: w1), reject("wish") { return nil }
            // Drafting news names who the instrument is between, or a foreign partner.
            let between = a.title.map { s.contains(Cues.between, from: $0.lowerBound, to: $0.upperBound) || s.contains(Cues.with, from: $0.lowerBound, to: $0.upperBound) } ?? false
            let foreign = run.countries.codes(in: s, from: ls, to: m.line.upperBound).contains { $0.code != "TH" }
            if a.parties.count < 2 && !between && !foreign, reject("draftingWithoutParties") { return nil }
        }
        if m.kind == .other && event == .plan, reject("otherPlan") { return nil }
        // A national action plan, a press statement, a meeting's own papers: instruments only with a foreign party.
        if Cues.foreignOnly.contains(Array(s[m.range])) {
            let around = (a.title ?? m.range.lowerBound..<min(m.line.upperBound, m.range.upperBound + 60))
            if !run.countries.codes(in: s, from: around.lowerBound, to: around.upperBound).contains(where: { $0.code != "TH" }), reject("domesticName") { return nil }
        }
        // Generic words (ข้อตกลง, ความตกลง, ปฏิญญา) only count with a title or right after the verb.
        if m.form == .thai, m.kind == .agreement || m.kind == .declaration || m.kind == .other && !s.matches(Self.cooperation, at: m.range.lowerBound) {
            if !a.titled && m.range.lowerBound - trigger.upperBound > 6, reject("genericFar") { return nil }
            if !a.titled && a.parties.isEmpty && titleCountries(a).isEmpty, reject("genericUntitled") { return nil }
        }
        a.veto = veto
        return a
    }

    private static let wording = Cues.a("ถ้อยคำ")
    private static let negotiation = Cues.a("เจรจา")
    private static let agreedOn = Cues.a("เห็นพ้อง")
    private static let talks: [[Unicode.Scalar]] = ["หารือ", "ที่ประชุม", "การประชุม", "เห็นชอบให้", "เห็นพ้อง"].map(Cues.a)

    /// Work under a named instrument with a foreign partner ("…หารือ…การส่งเสริมความร่วมมือภายใต้บันทึก
    /// ความเข้าใจว่าด้วย…ระหว่างไทยและสิงคโปร์", "ที่ประชุมเห็นชอบให้นำเข้าแรงงานตาม MOU จากประเทศเมียนมา"):
    /// an implementation event, when the talks are reported in the same sentence.
    func implementation(_ m: Mention, clauseFrom w0: Int) -> Anchor? {
        guard !unit.cabinetSection, !unit.cabinetContext, !m.headlineLike else { return nil }
        let ls = m.line.lowerBound
        guard let talk = Self.talks.compactMap({ lastIndex($0, max(ls, m.range.lowerBound - 300), m.range.lowerBound) }).max() else { return nil }
        var a = Anchor(mention: m, event: .implementation, trigger: talk..<(talk + 3), clauseStart: ls, title: nil, titleEn: nil,
                       kind: m.kind, parties: [], topic: nil, witnessClause: false)
        readTitle(&a)
        // The partner is a party of the title ("…ระหว่างไทยและสิงคโปร์") or named right after ("MOU จากประเทศเมียนมา").
        let foreign = run.countries.codes(in: s, from: m.range.upperBound, to: min(m.line.upperBound, m.range.upperBound + 30)).contains { $0.code != "TH" }
            || a.parties.count >= 2 && a.parties.contains { $0.country != nil && $0.country != "TH" }
            // "…บันทึกความเข้าใจว่าด้วยความร่วมมือด้านการเกษตรระหว่างไทย-ฟิลิปปินส์": the title names both countries.
            || a.title != nil && titleCountries(a).contains("TH") && titleCountries(a).contains { $0 != "TH" }
        return foreign ? a : nil
    }

    static let pastWhile = Cues.a("ที่ผ่านมา")

    /// True when "ที่ผ่านมา" at `q` closes a date ("เมื่อวันที่ 30 พฤษภาคมที่ผ่านมา" = last 30 May), which dates
    /// the event rather than putting it in the past.
    func endsADate(at q: Int) -> Bool {
        ThaiDate.mentions(in: s, from: max(0, q - 30), to: q, reference: run.reference).contains { $0.range.upperBound >= q - 1 }
    }
    private static let inForce: [[Unicode.Scalar]] = ["มีผลใช้บังคับแล้ว", "มีผลบังคับใช้แล้ว", "มีผลบังคับแล้ว", "มีผลใช้บังคับตั้งแต่", "มีผลบังคับใช้ตั้งแต่", "entered into force", "came into force"].map(Cues.a)
    private static let atThatTime = Cues.a("ในขณะนั้น")
    private static let sinceYear: [[Unicode.Scalar]] = ["ตั้งแต่ปี", "เมื่อปี", "ตั้งแต่ พ.ศ.", "เมื่อ พ.ศ.", "ในปี"].map(Cues.a)

    /// True when the words right after a mention date it well before the article ("… เมื่อวันที่ 1 มิถุนายน 2548").
    func isLongPast(after m: Mention) -> Bool {
        guard let pub = run.reference else { return false }
        let lo = m.range.upperBound, hi = min(m.line.upperBound, lo + 110)
        for d in ThaiDate.mentions(in: s, from: lo, to: hi, reference: pub) where !d.yearInferred {
            if d.date.daysSinceEpoch < pub.daysSinceEpoch - 180 { return true }
        }
        for w in Self.sinceYear {
            guard let p = s.firstIndex(of: w, from: lo, to: hi) else { continue }
            var q = p + w.count
            while q < hi, s[q] == " " || s[q] == "." || s[q] == "พ" || s[q] == "ศ" || s[q] == "ค" { q += 1 }
            if let (y, e) = ThaiNumerals.readInt(s, at: q, maxDigits: 4), e - q == 4 {
                let g = y >= 2400 ? y - 543 : y
                if g < pub.year - 1 { return true }
            }
        }
        return false
    }

    func titleCountries(_ a: Anchor) -> [String] {
        let r = a.title ?? a.mention.range.lowerBound..<min(a.mention.line.upperBound, a.mention.range.upperBound + 60)
        return run.countries.codes(in: s, from: r.lowerBound, to: r.upperBound).map(\.code)
    }

    // MARK: Titles and parties

    private static let openParen: Unicode.Scalar = "("
    private static let referenceWords: [[Unicode.Scalar]] = ["ฯ", "ดังกล่าว", "นี้", "ฉบับนี้", "ฉบับใหม่นี้", "ฉบับดังกล่าว", "ทั้งสอง", "ทั้ง 2", "ทั้ง", "นั้น", "เหล่านี้", "ที่", "ซึ่ง", "ทุกฉบับ", "ฉบับ"].map(Cues.a)

    /// True when the words after a mention refer back (บันทึกความเข้าใจฯ, ...ดังกล่าว, ...ฉบับนี้).
    func isBackReference(_ m: Mention) -> Bool {
        var i = m.range.upperBound
        while i < m.line.upperBound, s[i] == " " { i += 1 }
        if i < m.line.upperBound, s[i] == "(" , isAcronymParen((i + 1)..<matchingParen(i, m.line.upperBound)) {
            i = matchingParen(i, m.line.upperBound) + 1
            while i < m.line.upperBound, s[i] == " " { i += 1 }
        }
        if i >= m.line.upperBound { return true }
        return Self.referenceWords.contains { s.matches($0, at: i) }
    }

    private static let englishTitleStops: [[Unicode.Scalar]] = [", ", ". ", " at ", " during ", " which ", " witnessed", " in the presence", " on the sidelines", " today", " yesterday", " this ", " last ", " (", ";"].map(Cues.a)

    func readTitle(_ a: inout Anchor) {
        let m = a.mention
        if isBackReference(m) { return }
        if m.form == .english {
            var e = min(m.line.upperBound, m.range.lowerBound + 300)
            for st in Self.englishTitleStops { if let p = s.firstIndex(of: st, from: m.range.upperBound, to: e) { e = min(e, p) } }
            let t = run.trim(m.range.lowerBound..<e)
            if t.count > m.range.count + 4 {
                a.titleEn = t
                a.parties = englishParties(t).map { PartyRef(range: $0, nameEn: run.text($0), country: country(of: $0), bare: false) }
                a.topic = s.firstIndex(of: Cues.a(" on "), from: t.lowerBound, to: t.upperBound).map { ($0 + 4)..<t.upperBound }
            }
            return
        }
        let end = min(m.line.upperBound, m.range.lowerBound + 400)
        var i = m.range.upperBound
        var stop = end
        var titleEn: Range<Int>?
        var hasBetween = false
        scan: while i < end {
            let c = s[i]
            if c == "(" || (c == " " && i + 1 < end && s[i + 1] == "(") {
                let p = c == "(" ? i : i + 1
                // The English title may run past the Thai title's window: close it within the line.
                let close = matchingParen(p, m.line.upperBound)
                let inner = (p + 1)..<close
                if isAcronymParen(inner) { i = close + 1; continue }
                if let k = englishKind(inner) {
                    titleEn = run.trim(inner)
                    a.kind = k
                }
                stop = i
                break scan
            }
            if s.matches(Cues.between, at: i) { hasBetween = true }
            for st in Cues.titleStops where st[0] == c && s.matches(st, at: i) {
                // "ระหว่าง X และ Y": only the verb-like stops end a title; keep going over " ได้" inside names? no: stop.
                stop = i
                break scan
            }
            if !hasBetween, s.matches(Cues.a(" กับ"), at: i) { stop = i; break scan }
            i += 1
        }
        let t = run.trim(m.range.lowerBound..<stop)
        // A title is more than the bare word (and its acronym).
        var body = m.range.upperBound
        while body < t.upperBound, s[body] == " " { body += 1 }
        if body < t.upperBound, s[body] == "(" { body = matchingParen(body, t.upperBound) + 1 }
        if t.upperBound - body >= 6 { a.title = t }
        if titleEn == nil {
            // English title in parentheses a little after the Thai title.
            var j = stop
            while j < min(end, stop + 4), s[j] == " " { j += 1 }
            if j < end, s[j] == "(" {
                let close = matchingParen(j, m.line.upperBound)
                if let k = englishKind((j + 1)..<close) { titleEn = run.trim((j + 1)..<close); a.kind = k }
            }
        }
        a.titleEn = titleEn
        if let t = a.title { a.parties = parties(inTitle: t, english: titleEn) }
        else if let e = titleEn { a.parties = parties(inTitle: e, english: nil) }
        if let t = a.title, let v = s.firstIndex(of: Cues.concerning, from: t.lowerBound, to: t.upperBound) {
            a.topic = (v + Cues.concerning.count)..<t.upperBound
        } else if let t = a.title, a.parties.count < 2, t.count >= m.range.count + 10 {
            a.topic = t
        }
    }

    static let englishLower: [([Unicode.Scalar], InstrumentKind)] = Cues.english.map { (w, k) in
        (w.map { c in (c.value >= 0x41 && c.value <= 0x5A) ? Unicode.Scalar(c.value + 32)! : c }, k)
    }

    func matchingParen(_ p: Int, _ end: Int) -> Int {
        var depth = 0
        var j = p
        while j < end {
            if s[j] == "(" { depth += 1 } else if s[j] == ")" { depth -= 1; if depth == 0 { return j } }
            j += 1
        }
        return end
    }

    func isAcronymParen(_ r: Range<Int>) -> Bool {
        let t = run.trim(r)
        guard t.count <= 8, !t.isEmpty else { return false }
        for (w, _) in Cues.acronyms where w.count == t.count && s.matches(w, at: t.lowerBound) { return true }
        return s.string(t) == "ร่าง"
    }

    func englishKind(_ r: Range<Int>) -> InstrumentKind? {
        let t = run.trim(r)
        guard t.count >= 8 else { return nil }
        // The English name must start the parenthesis (possibly after "Draft" or "the").
        var i = t.lowerBound
        for skip in ["Draft ", "draft ", "The ", "the ", "A ", "an "] {
            let w = Cues.a(skip)
            if s.matches(w, at: i) { i += w.count }
        }
        // Compare case-insensitively ("MEMORANDUM OF UNDERSTANDING").
        let x = s[i..<min(t.upperBound, i + 60)].map { c in (c.value >= 0x41 && c.value <= 0x5A) ? Unicode.Scalar(c.value + 32)! : c }
        for (w, k) in Self.englishLower where x.matches(w, at: 0) { return k }
        // "Joint Ministerial Statement", "Framework Agreement": the kind word early on.
        let head = min(x.count, 40)
        for (w, k) in Self.englishLower where x.contains(w, from: 0, to: head) { return k }
        return nil
    }

    private static let andWord = Cues.a("และ")
    private static let withWord = Cues.a("กับ")

    /// Parties after `ระหว่าง` in a Thai title (split at และ/กับ before a party word), with English names.
    func parties(inTitle t: Range<Int>, english: Range<Int>?) -> [PartyRef] {
        guard let b = s.firstIndex(of: Cues.between, from: t.lowerBound, to: t.upperBound) else {
            if let e = english { return englishParties(e).map { PartyRef(range: $0, nameEn: run.text($0), country: country(of: $0), bare: false) } }
            return []
        }
        var end = t.upperBound
        if let v = s.firstIndex(of: Cues.concerning, from: b, to: t.upperBound) { end = v }
        var starts: [Int] = [b + Cues.between.count]
        var cuts: [Int] = []
        var i = b + Cues.between.count + 2
        while i < end {
            for w in [Self.andWord, Self.withWord] where s.matches(w, at: i) {
                var j = i + w.count
                while j < end, s[j] == " " { j += 1 }
                let startsParty = Cues.partyStarts.contains { s.matches($0, at: j) } || run.countries.match(s, at: j) != nil
                if startsParty {
                    cuts.append(i)
                    starts.append(j)
                }
            }
            i += 1
        }
        var ranges: [Range<Int>] = []
        for (k, st) in starts.enumerated() {
            let e = k < cuts.count ? cuts[k] : end
            // "ระหว่างว่าด้วย…": the subject can start before the first party would (found by fuzzing).
            guard st < e else { continue }
            let r = run.trim(st..<e)
            if !r.isEmpty { ranges.append(r) }
        }
        // Drop duplicated cuts (a party word right after a cut inside the same name is rare; keep at most 4).
        if ranges.count > 4 { ranges = Array(ranges.prefix(4)) }
        let en = english.map(englishParties) ?? []
        return ranges.enumerated().map { k, r in
            let c = country(of: r)
            let nameEn = en.count == ranges.count ? run.text(en[k]) : nil
            let bare = run.countries.match(s, at: r.lowerBound).map { $0.end >= r.upperBound - 1 } ?? false
                || (s.matches(Cues.a("สปป."), at: r.lowerBound) && r.count < 12)
            return PartyRef(range: r, nameEn: nameEn, country: c, bare: bare)
        }
    }

    private static let enBetween = Cues.a("between ")
    private static let enStops: [[Unicode.Scalar]] = [" on ", " concerning ", " regarding ", " for ", " in the field", " in the Field", " relating ", " to "].map(Cues.a)
    private static let enSplits: [[Unicode.Scalar]] = [" and the ", " and The ", " and "].map(Cues.a)
    private static let enPartyWords: [[Unicode.Scalar]] = ["Government", "Ministry", "Republic", "Kingdom", "People", "Association", "State", "Department", "Office", "Agency", "Federal", "Socialist", "Lao", "Democratic", "United"].map(Cues.a)

    func englishParties(_ e: Range<Int>) -> [Range<Int>] {
        guard let b = s.firstIndex(of: Self.enBetween, from: e.lowerBound, to: e.upperBound) else { return [] }
        var start = b + Self.enBetween.count
        var end = e.upperBound
        for st in Self.enStops { if let p = s.firstIndex(of: st, from: start, to: end) { end = min(end, p) } }
        var out: [Range<Int>] = []
        var i = start
        while i < end {
            var cut: (Int, Int)?
            if s.matches(Self.enSplits[0], at: i) || s.matches(Self.enSplits[1], at: i) { cut = (i, i + 9) }
            else if s.matches(Self.enSplits[2], at: i), Self.enPartyWords.contains(where: { s.matches($0, at: i + 5) }) { cut = (i, i + 5) }
            if let (c, n) = cut {
                out.append(cleanEnglishParty(start..<c))
                start = n
                i = n
                continue
            }
            i += 1
        }
        out.append(cleanEnglishParty(start..<end))
        return out.filter { !$0.isEmpty }
    }

    private static let the = Cues.a("the ")
    private static let ofThailand: [[Unicode.Scalar]] = [" of the Kingdom of Thailand", " of Thailand"].map(Cues.a)
    func cleanEnglishParty(_ r: Range<Int>) -> Range<Int> {
        var t = run.trim(r)
        if s.matches(Self.the, at: t.lowerBound) { t = (t.lowerBound + 4)..<t.upperBound }
        for o in Self.ofThailand where t.count > o.count && s.matches(o, at: t.upperBound - o.count) {
            t = t.lowerBound..<(t.upperBound - o.count)
        }
        return t
    }

    /// The country of a party: a foreign country named in it, else Thailand for Thai agencies.
    func country(of r: Range<Int>) -> String? {
        let codes = run.countries.codes(in: s, from: r.lowerBound, to: r.upperBound).map { CountryLexicon.primary($0.code) }
        if let f = codes.first(where: { $0 != "TH" }) { return f }
        if codes.contains("TH") { return "TH" }
        if let first = s[r].first, ScalarClass.isThai(first) {
            for w in ["กระทรวง", "กรม", "สำนักงาน", "สำนัก", "กอง", "การไฟฟ้า", "การท่าเรือ", "การรถไฟ", "การท่องเที่ยวแห่งประเทศไทย", "การนิคม", "มหาวิทยาลัย", "สถาบัน", "จังหวัด", "เทศบาล", "กองทัพ", "สภา"].map(Cues.a) where s.matches(w, at: r.lowerBound) {
                return "TH"
            }
        }
        return nil
    }

    // MARK: Grouping

    func drafts() -> [Draft] {
        var lineList: [(Range<Int>, Bool)] = unit.lines.map { ($0.range, $0.headlineLike) }
        var anchors: [Anchor] = []
        var vetoed: [Anchor] = []
        var refs: [Mention] = []
        func collect() {
            anchors = []
            vetoed = []
            refs = []
            for (r, hl) in lineList {
                var prevEnd = r.lowerBound
                for m in mentions(in: r, headlineLike: hl) {
                    if let a = anchor(m, previousEnd: prevEnd) {
                        if a.veto == nil { anchors.append(a) } else { vetoed.append(a); refs.append(m) }
                    } else {
                        refs.append(m)
                    }
                    prevEnd = m.range.upperBound
                }
            }
        }
        collect()
        if anchors.isEmpty, let h = headlineRange {
            lineList = [(h, true)] + lineList
            collect()
        }
        var drafts: [Draft] = listDrafts(&anchors)
        guard !anchors.isEmpty || !drafts.isEmpty || !vetoed.isEmpty else { return [] }

        // Titled formal anchors found instruments; the rest attach.
        for a in anchors where a.mention.form != .acronym && a.titled && !a.mention.headlineLike {
            if let k = drafts.firstIndex(where: { same($0.primary, a) }) {
                drafts[k].anchors.append(a)
            } else {
                drafts.append(Draft(primary: a))
            }
        }
        if drafts.isEmpty, !anchors.isEmpty {
            // Headline-like titled anchors next, then anything.
            let best = anchors.first(where: { $0.titled }) ?? anchors.first(where: { $0.mention.form != .acronym }) ?? anchors[0]
            drafts.append(Draft(primary: best))
        }
        for a in anchors where !drafts.contains(where: { $0.primary.mention.range == a.mention.range }) && !drafts.contains(where: { $0.anchors.contains { $0.mention.range == a.mention.range } }) {
            // Nearest preceding instrument, else the first.
            let k = drafts.lastIndex(where: { $0.primary.mention.range.lowerBound < a.mention.range.lowerBound && !$0.primary.mention.headlineLike }) ?? 0
            drafts[k].anchors.append(a)
        }
        // "ลงนามความตกลงกัน 3 ฉบับ": the article counts the instruments; report that many.
        if let (n, k) = statedInstrumentCount(drafts), drafts.count < n {
            for c in 1...(n - drafts.count) {
                var copy = drafts[k]
                copy.copyIndex = c
                drafts.append(copy)
            }
        }
        // "…ลงนามความร่วมมือยุติวัณโรค…" then "บันทึกความร่วมมือ ประกอบด้วย 6 เรื่อง": the one instrument the body names
        // gives the loose "ความร่วมมือ" its kind.
        if drafts.count == 1, drafts[0].primary.kind == .other {
            // An earlier instrument told as history ("เดิม…เคยลงนามในบันทึกความร่วมมือ… ตั้งแต่ปี 2549") names nothing.
            let named = Set((refs + drafts[0].anchors.map(\.mention)).filter { m in
                !m.headlineLike && m.kind != .other && !isLongPast(after: m)
                    && !Self.history.contains { s.contains($0, from: max(m.line.lowerBound, m.range.lowerBound - 40), to: m.range.lowerBound) }
            }.map(\.kind))
            if named.count == 1, let k = named.first, s.matches(Self.cooperation, at: drafts[0].primary.mention.range.lowerBound) {
                drafts[0].primary.kind = k
            }
        }
        // A permissive run: each vetoed instrument the rules' drafts do not already hold is a candidate of its
        // own, never merged into the others (their fields stay as the strict run reads them).
        for a in vetoed where a.titled || drafts.isEmpty {
            let held = drafts.contains { d in d.allAnchors.contains { $0.mention.range == a.mention.range } || same(d.primary, a) }
            if !held { drafts.append(Draft(primary: a)) }
        }
        for k in drafts.indices { drafts[k].references = refs }
        return drafts.sorted { $0.primary.mention.range.lowerBound < $1.primary.mention.range.lowerBound }
    }

    /// Numbered lists whose items are instruments ("… จำนวน 7 ฉบับ ได้แก่ 1. บันทึกความเข้าใจ… 2. …"): one
    /// instrument per item, the event read from the sentence before the list.
    func listDrafts(_ anchors: inout [Anchor]) -> [Draft] {
        let ur = unit.range
        guard ur.count > 0 else { return [] }
        var out: [Draft] = []
        var previous: (EventKind, Range<Int>)?
        for l in ScopeFinder(run: run).numberedLists(from: ur.lowerBound, to: ur.upperBound, limit: ur.upperBound, requireScope: false) {
            var ms: [Mention] = []
            var unnamed: [(Range<Int>, Int)] = []
            for item in l.items {
                var b = item.lowerBound
                if s.matches(Cues.draft, at: b) { b += Cues.draft.count }
                let found = mentions(in: item, headlineLike: false)
                let wrapped = found.first.map { m in Cues.renewal.contains { s.contains($0, from: b, to: m.range.lowerBound) } } ?? false
                if let m = found.first, m.range.lowerBound <= b + 12 || wrapped && m.range.lowerBound <= b + 30 { ms.append(m) }
                else if let m = englishMention(in: item, from: b) ?? parenthesisedMention(in: item, from: b) { ms.append(m) }
                else { unnamed.append((item, b)) }
            }
            let intro = max(ur.lowerBound, l.start - 300)..<l.start
            // "เอกสารผลลัพธ์ … จำนวน 14 ฉบับ ได้แก่ 2.1 ร่างยุทธศาสตร์… 2.2 ร่างกรอบ…": a counted list of documents
            // (a meeting's outcome documents) makes every item an instrument, named or not: strategies,
            // frameworks, roadmaps and initiatives carry no instrument word.
            if !unnamed.isEmpty, isDocumentList(intro: intro, items: l.items.count) {
                // Reports and studies among the documents are not instruments ("ร่างรายงานการศึกษา…").
                for (item, b) in unnamed where b < item.upperBound && !Self.notInstrumentDocuments.contains(where: { s.matches($0, at: b) }) {
                    let e = min(item.upperBound, b + 4)
                    let kind = Self.statementWords.contains { s.contains($0, from: b, to: min(item.upperBound, b + 80)) } ? InstrumentKind.declaration : .other
                    ms.append(Mention(range: b..<e, kind: kind, form: .thai, line: item, headlineLike: false))
                }
                ms.sort { $0.range.lowerBound < $1.range.lowerBound }
            }
            guard ms.count >= 2, ms.count * 3 >= l.items.count * 2 else { continue }
            var event: EventKind?
            var trigger = intro
            let adoptedAt = Cues.adoption.compactMap { s.lastIndex(of: $0, from: intro.lowerBound, to: intro.upperBound) }.max()
            if unit.cabinetContext && !unit.noting || hasAny(Cues.approval, intro) && hasAny(Cues.cabinet, intro) {
                event = .cabinetApproval
            } else if unit.noting, let p = adoptedAt, s.lastIndex(of: Cues.sign, from: intro.lowerBound, to: intro.upperBound).map({ $0 < p }) ?? true {
                // A report of a meeting that adopted a list of documents ("ที่ประชุมได้ให้การรับรองเอกสาร 5 ฉบับ ได้แก่ …").
                event = .adoption
                trigger = p..<(p + 3)
            } else if let g = s.lastIndex(of: Cues.sign, from: intro.lowerBound, to: intro.upperBound) {
                let planned = Cues.planBeforeSign.prefix(3).contains { s.contains($0, from: max(intro.lowerBound, g - 14), to: g) }
                event = planned ? .plan : .signing
                trigger = g..<(g + Cues.sign.count)
            } else if let x = s.lastIndex(of: Cues.exchange, from: intro.lowerBound, to: intro.upperBound) {
                event = .exchange
                trigger = x..<(x + Cues.exchange.count)
            }
            // "อีก 3 ฉบับ ได้แก่ …": the rest of the instruments of the list before, under its event.
            if event == nil, let (e, tr) = previous, statedTotal(from: intro.lowerBound, to: intro.upperBound, words: [Self.more]) != nil {
                event = e
                trigger = tr
            }
            guard let event else { continue }
            previous = (event, trigger)
            let foreignItems = ms.filter { m in run.countries.codes(in: s, from: m.line.lowerBound, to: m.line.upperBound).contains { $0.code != "TH" } }.count
            for m in ms {
                var a = Anchor(mention: m, event: event, trigger: trigger, clauseStart: m.line.lowerBound, title: nil, titleEn: nil,
                               kind: m.kind, parties: [], topic: nil, witnessClause: false, context: intro)
                a.siblingsNameCountries = foreignItems > 0
                if Cues.renewal.contains(where: { s.contains($0, from: m.line.lowerBound, to: m.range.lowerBound) }) { a.event = .renewal }
                readTitle(&a)
                out.append(Draft(primary: a))
            }
            // The sentence introducing the list is about these instruments, not one more.
            anchors.removeAll { $0.mention.range.lowerBound >= intro.lowerBound && $0.mention.range.lowerBound < l.end }
        }
        return out
    }

    private static let documentWords: [[Unicode.Scalar]] = ["เอกสารผลลัพธ์", "ร่างเอกสาร", "เอกสารทั้ง", "outcome document"].map(Cues.a)
    private static let notInstrumentDocuments: [[Unicode.Scalar]] = ["รายงาน", "ภาพรวม", "ผลการศึกษา", "Report", "Study", "Overview"].map(Cues.a)
    private static let statementWords: [[Unicode.Scalar]] = ["แถลง", "ปฏิญญา", "Statement", "Declaration", "Communiqu"].map(Cues.a)

    /// True when the sentence before a list announces that many documents ("เอกสารผลลัพธ์ … จำนวน 14 ฉบับ").
    func isDocumentList(intro: Range<Int>, items: Int) -> Bool {
        guard items >= 2, hasAny(Self.documentWords, intro), let (n, _) = statedTotal(from: intro.lowerBound, to: intro.upperBound, words: Self.totalWords + [Self.copiesCount], most: 40) else { return false }
        return abs(n - items) <= 1
    }

    /// An English instrument name opening a list item of a Thai article, in any letter case
    /// ("The Memorandum of Understanding on …", "THE MEMORANDUM OF UNDERSTANDING ON …").
    func englishMention(in item: Range<Int>, from b: Int) -> Mention? {
        var i = b
        let hi = min(item.upperBound, b + 16)
        while i < hi {
            if ScalarClass.isLatinLetter(s[i]), i == item.lowerBound || !ScalarClass.isLatinLetter(s[i - 1]) {
                let x = s[i..<min(item.upperBound, i + 40)].map { c in (c.value >= 0x41 && c.value <= 0x5A) ? Unicode.Scalar(c.value + 32)! : c }
                for (w, k) in Self.englishLower where x.matches(w, at: 0) {
                    return Mention(range: i..<(i + w.count), kind: k, form: .english, line: item, headlineLike: false)
                }
            }
            i += 1
        }
        return nil
    }

    /// An item described in Thai with its formal English name in the first parenthesis
    /// ("1) ความร่วมมือในการพัฒนาสนามทดสอบ 5G (MEMORANDUM OF UNDERSTANDING ON …) ระหว่าง …").
    func parenthesisedMention(in item: Range<Int>, from b: Int) -> Mention? {
        let hi = min(item.upperBound, b + 250)
        guard let p = s.firstIndex(of: [Self.openParen], from: b, to: hi) else { return nil }
        let inner = run.trim((p + 1)..<matchingParen(p, item.upperBound))
        guard let k = englishKind(inner) else { return nil }
        return Mention(range: inner.lowerBound..<min(inner.upperBound, inner.lowerBound + 10), kind: k, form: .english, line: item, headlineLike: false)
    }

    private static let copies = Cues.a("ฉบับ")

    /// The number of instruments stated right after a draft's mention ("… 4 ฉบับ"), with that draft's index.
    func statedInstrumentCount(_ drafts: [Draft]) -> (Int, Int)? {
        for (k, d) in drafts.enumerated() {
            for a in d.allAnchors {
                let lo = a.mention.range.upperBound, hi = min(a.mention.line.upperBound, lo + 50)
                var i = lo
                while i < hi {
                    if ScalarClass.isDigit(s[i]), !ScalarClass.isDigit(s[i - 1]), let (v, e) = ThaiNumerals.readInt(s, at: i, maxDigits: 2) {
                        var j = e
                        while j < hi, s[j] == " " { j += 1 }
                        if s.matches(Self.copies, at: j), (2...12).contains(v) { return (v, k) }
                        i = e
                        continue
                    }
                    i += 1
                }
                // "… ระหว่าง <long list of parties> รวม 4 ฉบับ": a total further on in the same sentence.
                if !a.mention.headlineLike, let (v, _) = statedTotal(from: hi, to: min(a.mention.line.upperBound, lo + 260)) { return (v, k) }
            }
        }
        return nil
    }

    private static let more = Cues.a("อีก")
    private static let copiesCount = Cues.a("ทั้ง")
    private static let totalWords: [[Unicode.Scalar]] = ["รวม", "จำนวน", "ทั้งสิ้น"].map(Cues.a)
    private static let notThisEvent: [[Unicode.Scalar]] = ["ที่ผ่านมา", "เคย", "แล้วกว่า", "ปัจจุบัน", "ได้แก่"].map(Cues.a)

    /// The first "รวม N ฉบับ" / "จำนวน N ฉบับ" in `from..<to` that still belongs to the event (no background
    /// words or list opener before it), with its position.
    func statedTotal(from: Int, to: Int, words: [[Unicode.Scalar]] = totalWords, most: Int = 12) -> (Int, Int)? {
        guard from < to else { return nil }
        for w in words {
            var p = from
            while let q = s.firstIndex(of: w, from: p, to: to) {
                var i = q + w.count
                while i < to, s[i] == " " { i += 1 }
                if i < to, ScalarClass.isDigit(s[i]), let (v, e) = ThaiNumerals.readInt(s, at: i, maxDigits: 2) {
                    var j = e
                    while j < to, s[j] == " " { j += 1 }
                    if s.matches(Self.copies, at: j), (2...most).contains(v),
                       !Self.notThisEvent.contains(where: { s.contains($0, from: from, to: q) }) { return (v, q) }
                }
                p = q + w.count
            }
        }
        return nil
    }

    func hasAny(_ ws: [[Unicode.Scalar]], _ r: Range<Int>) -> Bool { ws.contains { s.contains($0, from: r.lowerBound, to: r.upperBound) } }

    /// True when two titled anchors name the same instrument.
    func same(_ a: Anchor, _ b: Anchor) -> Bool {
        if a.parties.count >= 2 && b.parties.count >= 2 {
            let ca = a.parties.map { $0.country ?? "?" }.sorted(), cb = b.parties.map { $0.country ?? "?" }.sorted()
            if ca != cb { return false }
            let anyBare = a.parties.contains(where: \.bare) || b.parties.contains(where: \.bare)
            if !anyBare {
                // Same countries but another agency on one side: another instrument (กระทรวง… vs สำนักงาน…).
                let na = Set(a.parties.map { String(partyKey($0.range).unicodeScalars.prefix(10)) })
                let nb = Set(b.parties.map { String(partyKey($0.range).unicodeScalars.prefix(10)) })
                if na != nb { return false }
            }
        }
        let concerningA = a.title.map { s.contains(Cues.concerning, from: $0.lowerBound, to: $0.upperBound) } ?? false
        let concerningB = b.title.map { s.contains(Cues.concerning, from: $0.lowerBound, to: $0.upperBound) } ?? false
        if concerningA, concerningB, let ta = a.topic, let tb = b.topic {
            return overlap(ta, tb) >= 0.5
        }
        return true
    }

    func partyKey(_ r: Range<Int>) -> String {
        var t = r
        for suf in Cues.thaiAffiliation where t.count > suf.count && s.matches(suf, at: t.upperBound - suf.count) {
            t = t.lowerBound..<(t.upperBound - suf.count)
        }
        return String(String.UnicodeScalarView(s[t].filter { $0 != " " }))
    }

    /// Shared character bigrams over the smaller set (a truncated title still matches its full form).
    func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Double {
        func grams(_ r: Range<Int>) -> Set<UInt64> {
            var g = Set<UInt64>()
            let xs = s[r].filter { $0 != " " }
            if xs.count < 2 { return g }
            for k in 0..<(xs.count - 1) { g.insert(UInt64(xs[k].value) << 32 | UInt64(xs[k + 1].value)) }
            return g
        }
        let ga = grams(a), gb = grams(b)
        guard !ga.isEmpty, !gb.isEmpty else { return 0 }
        return Double(ga.intersection(gb).count) / Double(min(ga.count, gb.count))
    }

    func dice(_ a: Range<Int>, _ b: Range<Int>) -> Double {
        func grams(_ r: Range<Int>) -> Set<UInt64> {
            var g = Set<UInt64>()
            let xs = s[r].filter { $0 != " " }
            if xs.count < 2 { return g }
            for k in 0..<(xs.count - 1) { g.insert(UInt64(xs[k].value) << 32 | UInt64(xs[k + 1].value)) }
            return g
        }
        let ga = grams(a), gb = grams(b)
        guard !ga.isEmpty, !gb.isEmpty else { return 0 }
        return 2 * Double(ga.intersection(gb).count) / Double(ga.count + gb.count)
    }
}
