import ThaiText
import AccordCore

/// An instrument being assembled from its anchors, then turned into an `Agreement`.
struct Draft {
    var primary: Anchor
    var anchors: [Anchor] = []
    var references: [Mention] = []
    var agreement = Agreement(instrument: .other, event: .other)
    /// A foreign country named around the instrument, for people whose country is not stated.
    var foreign: String?

    /// Non-zero for the further instruments of a counted group ("3 ฉบับ") the article does not describe one by one.
    var copyIndex = 0

    init(primary: Anchor) { self.primary = primary }

    var allAnchors: [Anchor] { [primary] + anchors }
    /// The rules' reason to drop this instrument, kept by a permissive run for the decision model.
    var veto: String? { primary.veto }

    static let ceremony: [[Unicode.Scalar]] = ["ลงนาม", "พิธี", "sign"].map(Cues.a)
    static let welcome: [[Unicode.Scalar]] = ["ยินดีที่", "ยินดีกับ", "ชื่นชม", "ขอบคุณ", "welcome"].map(Cues.a)
    static let occasion: [[Unicode.Scalar]] = ["โอกาสนี้ (", "ในโอกาสนี้ (", "วันนี้ (", "ในวันนี้ ("].map(Cues.a)
    static let introducedBy = Cues.a("โดยมี")
    static let signerPhrases: [[Unicode.Scalar]] = ["เป็นผู้ลงนาม", " ร่วมลงนาม", " ร่วมกันลงนาม"].map(Cues.a)
    static let today: [[Unicode.Scalar]] = ["วันนี้", "today", "Today"].map(Cues.a)

    static let eventRank: [EventKind: Int] = [.renewal: 6, .signing: 5, .adoption: 5, .exchange: 4, .cabinetApproval: 3, .plan: 2, .implementation: 1, .entryIntoForce: 0, .other: 0]

    mutating func finish(run: ExtractionRun, unit: ExtractionRun.Unit, all: [Draft], persons: PersonFinder, names: [String: String],
                         meetingDate: DateMention?, cabinetSummary: Bool, headlineRange: Range<Int>?) {
        let s = run.s
        var ev: [Evidence] = []
        var a = Agreement(instrument: primary.kind, event: primary.event)
        ev.append(run.evidence("instrument", primary.mention.range))

        // Event: the strongest reported about this instrument.
        var best = primary
        for x in anchors where (Self.eventRank[x.event] ?? 0) > (Self.eventRank[best.event] ?? 0) { best = x }
        a.event = best.event
        ev.append(run.evidence("event", best.trigger))

        // Date.
        let line = primary.mention.line
        var date: DateMention?
        if cabinetSummary, a.event == .cabinetApproval || !unit.noting {
            date = meetingDate
        } else if a.event == .cabinetApproval, let d = cabinetClauseDate(run: run, before: primary.mention.range.lowerBound, line: line) {
            // "การประชุมคณะรัฐมนตรี เมื่อวันที่ 30 พฤษภาคมที่ผ่านมา ครม.มีมติเห็นชอบ…": the meeting dated in the sentence.
            date = d
        } else if a.event == .cabinetApproval, let lead = cabinetLeadDate(run: run, unit: unit) {
            // The cabinet's decision is dated by its meeting, given in the lead.
            date = lead
        } else {
            // A date after the mention counts unless it is another, future event ("ซึ่งจะจัดขึ้นระหว่างวันที่ …").
            let will = Cues.a("จะ")
            // A span of days ("15-16 มิถุนายน") is a meeting or a visit, not the day of one event (the guide: null).
            date = run.validDates(line.lowerBound..<primary.mention.range.lowerBound).last { $0.endDate == nil && !Self.startsSince($0, s: s, line: line) && !Self.endsTerm($0, s: s, line: line) }
                ?? run.validDates(primary.mention.range.upperBound..<line.upperBound).first {
                    $0.endDate == nil && !s.contains(will, from: max(primary.mention.range.upperBound, $0.range.lowerBound - 30), to: $0.range.lowerBound)
                        && !Self.endsTerm($0, s: s, line: line)
                        && ($0.range.lowerBound - primary.mention.range.upperBound <= Self.afterMentionReach || !Self.background($0, s: s, line: line))
                }
            var welcomedOnly = false
            if date == nil, let c = primary.context {
                // An item of a list of instruments is dated by the sentence introducing the list.
                date = run.validDates(c).last
            }
            if date == nil {
                var back = 0
                for l in unit.lines.reversed() where l.range.upperBound <= line.lowerBound && !l.headlineLike {
                    back += 1
                    // A paragraph's opening date ("วันนี้ (…)", "เมื่อวันที่ …") dates what follows. A date inside an
                    // earlier paragraph belongs to whatever that paragraph tells ("ตั้งแต่วันที่ 23 มีนาคม…", "เมื่อวันที่
                    // 19 เมษายน ที่ผ่านมา" of an earlier meeting), unless it is the single day, "เมื่อ…", of the
                    // meeting told just before.
                    let dates = run.validDates(l.range)
                    let opening = dates.first.flatMap { $0.range.lowerBound - l.range.lowerBound <= Self.openingDateReach ? $0 : nil }
                    let meeting = back <= 2 ? dates.last(where: { m in
                        m.endDate == nil && s.contains(Self.when, from: max(l.range.lowerBound, m.range.lowerBound - 14), to: m.range.lowerBound + 4)
                            && !Self.background(m, s: s, line: l.range)
                    }) : nil
                    // "…ร่วมเป็นสักขีพยาน เมื่อวันที่ 4 กันยายน 2560 ณ …": the date of a ceremony told earlier.
                    let ceremonyDate = dates.last { m in
                        m.endDate == nil && Self.ceremonyOrWitness.contains { w in
                            s.contains(w, from: max(l.range.lowerBound, m.range.lowerBound - 150), to: min(l.range.upperBound, m.range.upperBound + 150))
                        } && !Self.background(m, s: s, line: l.range)
                    }
                    // "…จะจัดงาน … ขึ้นในวันที่ 8 มีนาคม…" then "ภายในงานมีพิธีลงนาม…": the announced occasion's day.
                    let upcoming = run.reference.flatMap { ref in dates.last { $0.endDate == nil && $0.date > ref } }
                    guard let d = opening ?? meeting ?? ceremonyDate ?? upcoming else { continue }
                    // A signing only welcomed in a later paragraph ("…ยินดีที่…ได้ลงนาม…") is not dated by the
                    // visit or call the article opens with.
                    if a.event == .signing, !Self.ceremony.contains(where: { s.contains($0, from: l.range.lowerBound, to: l.range.upperBound) }),
                       Self.welcome.contains(where: { s.contains($0, from: line.lowerBound, to: primary.mention.range.lowerBound) }) { welcomedOnly = true; break }
                    date = d
                    break
                }
            }
            if date == nil, !welcomedOnly {
                // An instrument named in a sub-headline is dated by the lead paragraph that follows.
                for l in unit.lines.filter({ $0.range.lowerBound > line.upperBound && !$0.headlineLike }).prefix(2) {
                    if let d = run.validDates(l.range).first(where: { !s.contains(will, from: max(l.range.lowerBound, $0.range.lowerBound - 30), to: $0.range.lowerBound) && !Self.background($0, s: s, line: l.range) }) {
                        date = d
                        break
                    }
                }
            }
            if date == nil, !welcomedOnly {
                // A later paragraph opening "โอกาสนี้ (31 มกราคม 2561) …" dates the occasion being reported.
                for l in unit.lines where l.range.lowerBound > line.upperBound && !l.headlineLike {
                    guard Self.occasion.contains(where: { s.matches($0, at: l.range.lowerBound) }) else { continue }
                    if let d = run.validDates(l.range.lowerBound..<min(l.range.upperBound, l.range.lowerBound + 40)).first,
                       run.reference == nil || d.date <= run.reference! {
                        date = d
                        break
                    }
                }
            }
        }
        // Only a plan happens after the article that reports it: a later date of another event is a term's
        // end or a schedule, not the event's day.
        if let d = date, let p = run.reference, a.event != .plan, a.event != .signing, d.date.daysSinceEpoch > p.daysSinceEpoch + 1 {
            date = nil
        }
        if let d = date {
            a.eventDate = d.date
            a.eventDateIsPublished = false
            ev.append(run.evidence("eventDate", d.range))
            if a.event == .signing, let p = run.reference {
                if d.date.daysSinceEpoch > p.daysSinceEpoch { a.event = .plan }
                else if best.weakPlan == false, primary.weakPlan, d.date.daysSinceEpoch > p.daysSinceEpoch - 1 { a.event = .plan }
            }
        } else {
            a.eventDate = run.reference
            // "วันนี้ …" under a dated headline dates the event; otherwise the article gives no date.
            let today = Self.today.contains { s.contains($0, from: line.lowerBound, to: primary.mention.range.lowerBound) }
            a.eventDateIsPublished = run.reference != nil && !today
            if a.event == .signing, best.weakPlan { a.event = .plan }
        }

        // Titles and parties.
        if let t = primary.title { a.titleTh = run.text(t); ev.append(run.evidence("titleTh", t)) }
        if let t = primary.titleEn { a.titleEn = run.text(t); ev.append(run.evidence("titleEn", t)) }
        var parties = primary.parties
        if parties.isEmpty, let other = anchors.first(where: { $0.parties.count >= 2 }) { parties = other.parties }
        for (k, p) in parties.enumerated() {
            a.parties.append(Party(name: run.text(p.range), nameEn: p.nameEn, country: p.country))
            ev.append(run.evidence("parties[\(k)]", p.range))
        }

        foreign = parties.compactMap(\.country).first { $0 != "TH" }
        if foreign == nil {
            var scopes = [primary.title ?? line, line]
            if let h = headlineRange { scopes.append(h) }
            for r in scopes where foreign == nil {
                foreign = run.countries.codes(in: s, from: r.lowerBound, to: r.upperBound).map { CountryLexicon.primary($0.code) }.first { $0 != "TH" }
            }
        }

        // Signatories, per anchor clause.
        var sigs: [Signatory] = []
        var sigRanges: [Range<Int>] = []
        let starts = all.map(\.primary.clauseStart).sorted()
        var coveredLines: [Range<Int>] = []
        // Entry into force ("… มีผลใช้บังคับแล้ว") is nobody's signature.
        // Drafting talk ("…จะจัดทำบันทึกความเข้าใจ…") names no one who signs; a planned signing ("จะลงนาม") may.
        let drafting = a.event == .plan && !s.matches(Cues.sign, at: best.trigger.lowerBound) && !s.matches(Cues.a("sign"), at: best.trigger.lowerBound)
        let signed = !(a.event == .entryIntoForce && primary.trigger.lowerBound > primary.mention.range.lowerBound) && a.event != .implementation && !drafting
            && a.event != .cabinetApproval   // the cabinet approves; whoever it names will sign later
        for x in allAnchors where !x.mention.headlineLike && signed {
            if coveredLines.contains(x.mention.line) { continue }
            coveredLines.append(x.mention.line)
            var lineEnd = x.mention.line.upperBound
            // "…ได้ลงนาม…\nโดยมีนางสาว ก … เป็นผู้ลงนาม": a line opening with โดยมี continues the sentence.
            var tail = lineEnd
            while tail > x.mention.line.lowerBound, s[tail - 1] == " " { tail -= 1 }
            let endsIntroducing = s.matches(Self.introducedBy, at: tail - Self.introducedBy.count)
            if let next = unit.lines.first(where: { $0.range.lowerBound > lineEnd }), endsIntroducing || s.matches(Self.introducedBy, at: next.range.lowerBound),
               !allAnchors.contains(where: { next.range.contains($0.mention.range.lowerBound) }) {
                lineEnd = next.range.upperBound
            }
            let regionEnd = starts.first(where: { $0 > x.clauseStart && $0 < lineEnd }) ?? lineEnd
            let found = persons.persons(from: x.clauseStart, to: regionEnd)
            var any = false
            for (k, p) in found.enumerated() {
                if let pos = p.position, s.contains(Cues.spokesperson, from: pos.lowerBound, to: pos.upperBound) { continue }
                let tailEnd = k + 1 < found.count ? found[k + 1].range.lowerBound : regionEnd
                guard let role = role(of: p, tailEnd: tailEnd, anchor: x, s: s) ?? namedSigner(p, s: s) else { continue }
                let name = persons.displayName(p, names: names)
                if sigs.contains(where: { $0.name == name }) { continue }
                let position = p.position.map { run.text($0) }
                sigs.append(Signatory(name: name, position: position, country: country(of: p, parties: parties, run: run), role: role))
                sigRanges.append(p.range)
                any = true
            }
            if !any, x.witnessClause {
                // "…ได้เข้าร่วมเป็นสักขีพยาน…": the witness is the lead person of the sentence.
                let lead = persons.persons(from: x.mention.line.lowerBound, to: x.clauseStart).first {
                    !($0.position.map { s.contains(Cues.spokesperson, from: $0.lowerBound, to: $0.upperBound) } ?? false)
                }
                if let p = lead {
                    let name = persons.displayName(p, names: names)
                    if !sigs.contains(where: { $0.name == name }) {
                        sigs.append(Signatory(name: name, position: p.position.map { run.text($0) }, country: country(of: p, parties: parties, run: run), role: .witness))
                        sigRanges.append(p.range)
                    }
                }
            }
        }
        if sigs.isEmpty && !cabinetSummary && a.event != .cabinetApproval && signed {
            // The signer is often introduced in the sentence before ("นาย X ... เป็นประธานในพิธีลงนาม").
            let body = unit.lines.filter { !$0.headlineLike }
            let at = body.firstIndex { $0.range == line } ?? body.firstIndex { $0.range.lowerBound >= line.lowerBound } ?? 0
            // "ทั้งสองฝ่ายได้ลงนาม…": the two sides were introduced earlier; the signers are the first
            // Thai and the first foreign person the article named before this sentence.
            let both = allAnchors.first { Self.bothSidesSign(s, trigger: $0.trigger.lowerBound, lineStart: $0.mention.line.lowerBound) }
            let bothSides = both != nil
            if let x = both {
                var thai = false, other = false
                for l in body where l.range.upperBound <= x.mention.line.lowerBound && !(thai && other) {
                    for p in persons.persons(from: l.range.lowerBound, to: l.range.upperBound) {
                        if let pos = p.position, s.contains(Cues.spokesperson, from: pos.lowerBound, to: pos.upperBound) { continue }
                        guard p.position != nil else { continue }
                        let c = country(of: p, parties: parties, run: run)
                        let isThai = c == nil || c == "TH"
                        if isThai ? thai : other { continue }
                        let name = persons.displayName(p, names: names)
                        if sigs.contains(where: { $0.name == name }) { continue }
                        sigs.append(Signatory(name: name, position: p.position.map { run.text($0) }, country: c, role: .signatory))
                        sigRanges.append(p.range)
                        if isThai { thai = true } else { other = true }
                    }
                }
            }
            if sigs.isEmpty, let office = signingOffice(from: primary.trigger.upperBound, line: line, s: s) {
                // "…ซึ่งลงนามโดยรัฐมนตรีว่าการกระทรวงคมนาคม…": the holder of that office, if the article names one.
                let holders = unit.lines.flatMap { persons.persons(from: $0.range.lowerBound, to: $0.range.upperBound) }.filter { p in
                    guard let pos = p.position, !p.latin else { return false }
                    let held = Array(s[pos])
                    return held.starts(with: office) || (held.count >= 12 && office.starts(with: held))
                }
                let distinct = Set(holders.map { persons.displayName($0, names: names) })
                if distinct.count == 1, let p = holders.first {
                    sigs.append(Signatory(name: persons.displayName(p, names: names), position: p.position.map { run.text($0) }, country: "TH", role: .signatory))
                    sigRanges.append(p.range)
                }
            }
            var order: [ExtractionRun.Line] = []
            if !bothSides && sigs.isEmpty {
                for d in [0, 1, -1, 2, -2] where at + d >= 0 && at + d < body.count { order.append(body[at + d]) }
            }
            outer: for l in order {
                let to = l.range == line ? primary.mention.range.lowerBound : l.range.upperBound
                let found = persons.persons(from: l.range.lowerBound, to: to)
                for (k, p) in found.enumerated() {
                    if let pos = p.position, s.contains(Cues.spokesperson, from: pos.lowerBound, to: pos.upperBound) { continue }
                    let tailEnd = k + 1 < found.count ? found[k + 1].range.lowerBound : to
                    let tail = p.tailStart..<min(tailEnd, p.tailStart + 120)
                    let q = s.firstIndex(of: Cues.sign, from: tail.lowerBound, to: tail.upperBound)
                    guard (q != nil && !Self.speaksOfSigning(s, from: tail.lowerBound, sign: q!)) || namedSigner(p, s: s) != nil else { continue }
                    if s.contains(Cues.witness, from: tail.lowerBound, to: tail.upperBound) || s.contains(Cues.a("เป็นประธาน"), from: tail.lowerBound, to: tail.upperBound) { continue }
                    let name = persons.displayName(p, names: names)
                    if sigs.contains(where: { $0.name == name }) { continue }
                    sigs.append(Signatory(name: name, position: p.position.map { run.text($0) }, country: country(of: p, parties: parties, run: run), role: .signatory))
                    sigRanges.append(p.range)
                    break outer
                }
            }
        }
        a.signatories = sigs
        for (k, r) in sigRanges.enumerated() { ev.append(run.evidence("signatories[\(k)]", r)) }

        // Place: "ณ ..." in the reporting sentence.
        let pStart = primary.clauseStart, pEnd = line.upperBound
        if let at = s.firstIndex(of: Cues.at, from: pStart, to: pEnd), !s.matches(Cues.a("ณ วันที่"), at: at) {
            let b = at + Cues.at.count
            var e = min(pEnd, b + 90)
            for st in Cues.placeStops { if let x = s.firstIndex(of: st, from: b, to: e) { e = min(e, x) } }
            let r = run.trim(b..<e)
            if r.count >= 2 { a.place = run.text(r); ev.append(run.evidence("place", r)) }
        }

        if a.place == nil, primary.mention.form == .english,
           let at = s.firstIndex(of: Cues.a(" at "), from: primary.mention.range.upperBound, to: pEnd) {
            var e = min(pEnd, at + 80)
            for st in [". ", ", ", " on ", " in the presence", " witnessed"].map(Cues.a) { if let x = s.firstIndex(of: st, from: at + 4, to: e) { e = min(e, x) } }
            if e == pEnd || (e > 0 && s[e - 1] == ".") { e = max(at + 4, e - (s[e - 1] == "." ? 1 : 0)) }
            let r = run.trim((at + 4)..<e)
            if r.count >= 3 { a.place = run.text(r); ev.append(run.evidence("place", r)) }
        }

        // Zone: from this instrument's lines to the next instrument's, switching at references.
        let myIndex = all.firstIndex { $0.primary.mention.range == primary.mention.range } ?? 0
        var switches: [(Int, Int)] = []
        for (k, d) in all.enumerated() {
            for x in d.allAnchors where !x.mention.headlineLike { switches.append((x.mention.range.lowerBound, k)) }
        }
        for m in references where m.form == .thai && !m.headlineLike {
            if let k = referencedDraft(m, all: all, run: run) { switches.append((m.range.lowerBound, k)) }
        }
        switches.sort { $0.0 < $1.0 }
        func owner(_ p: Int) -> Int? { switches.last(where: { $0.0 <= p })?.1 }

        let scope = ScopeFinder(run: run)
        let ur = unit.range
        let numbered = scope.numberedLists(from: ur.lowerBound, to: ur.upperBound, limit: ur.upperBound)
        let unnumbered = scope.unnumberedLists(from: ur.lowerBound, to: ur.upperBound, excluding: numbered)
        var mine: ScopeList?
        for l in (numbered + unnumbered).sorted(by: { $0.start < $1.start }) where owner(l.start) == myIndex && !movedOn(l.start, run: run) {
            if mine == nil || (!mine!.numbered && !mine!.counted && l.numbered && l.start < (mine!.start + 400)) { mine = l }
            if mine?.numbered == true { break }
        }
        // A second scope list right after the first ("ขอบเขตความร่วมมือด้านไซเบอร์ … ในส่วนขอบเขตความร่วมมือด้านดิจิทัล …").
        if var l = mine, l.numbered {
            let scopeWord = Cues.a("ขอบเขต")
            for n in numbered where n.start > l.end && n.start - l.end < 200 && owner(n.start) == myIndex {
                if s.contains(scopeWord, from: max(l.end, n.start - 80), to: n.start) { l.items += n.items; l.end = n.end }
            }
            mine = l
        }
        var modalityRanges: [Range<Int>] = []
        if let l = mine {
            for (k, r) in l.items.enumerated() {
                let areas = scope.areas(r)
                a.scope.append(ScopeItem(text: run.text(r), areas: areas))
                ev.append(run.evidence("scope[\(k)]", r))
                modalityRanges.append(r)
            }
        }
        var areaSet = Set(a.scope.flatMap(\.areas))
        if let t = primary.topic ?? primary.title { areaSet.formUnion(scope.areas(t)) }
        if areaSet.isEmpty { areaSet.formUnion(scope.areas(line)) }
        a.areas = areaSet.sorted()

        // Modalities: scope items, "รูปแบบ…" lines in the zone, and lines about all instruments.
        let form = Cues.a("รูปแบบ"), under = Cues.a("กิจกรรมภายใต้"), both = [Cues.a("ทั้งสองฉบับ"), Cues.a("ทั้ง 2 ฉบับ"), Cues.a("ทุกฉบับ")]
        for l in unit.lines {
            let r = l.range
            if both.contains(where: { s.contains($0, from: r.lowerBound, to: r.upperBound) }) { modalityRanges.append(r); continue }
            if owner(r.lowerBound) == myIndex || owner(r.upperBound - 1) == myIndex,
               s.contains(form, from: r.lowerBound, to: r.upperBound) || s.contains(under, from: r.lowerBound, to: r.upperBound) {
                modalityRanges.append(r)
            }
        }
        var mods: [Modality] = []
        for r in modalityRanges { for m in scope.modalities(r) where !mods.contains(m) { mods.append(m) } }
        a.modalities = mods

        // Duration: the term stated in this instrument's zone (a list item's own text first).
        if primary.context != nil, let d = DurationParser.mentions(in: s, from: line.lowerBound, to: line.upperBound).first {
            a.durationYears = d.years
            ev.append(run.evidence("durationYears", d.range))
        }
        // Work under an instrument is followed by the terms of that work, not the instrument's own.
        for l in unit.lines where a.durationYears == nil && l.range.lowerBound >= line.lowerBound && !l.headlineLike && a.event != .implementation {
            guard owner(l.range.lowerBound) == myIndex || l.range == line else { continue }
            let from = l.range == line ? primary.clauseStart : l.range.lowerBound
            if let d = DurationParser.mentions(in: s, from: from, to: l.range.upperBound).first {
                a.durationYears = d.years
                ev.append(run.evidence("durationYears", d.range))
                break
            }
        }

        if a.durationYears == nil, a.event != .implementation, all.count > 1 {
            // "โดยความร่วมมือทั้ง 3 ฉบับนี้ มีกำหนดระยะเวลา 2 ปี": a term stated for all the instruments.
            for l in unit.lines where !l.headlineLike {
                guard let (at, n) = allInstruments(in: l.range, s: s),
                      let d = DurationParser.mentions(in: s, from: at, to: min(l.range.upperBound, at + 120)).first else { continue }
                // "ทั้ง 3 ฉบับ" are the three instruments named last before it.
                let before = all.map(\.primary.mention.range.lowerBound).filter { $0 < at }.sorted()
                guard before.suffix(n ?? before.count).contains(primary.mention.range.lowerBound) else { continue }
                a.durationYears = d.years
                ev.append(run.evidence("durationYears", d.range))
                break
            }
        }

        // Counterparts: the foreign parties, else foreign signatories, else countries in the title or sentence.
        var cps: [String] = []
        for p in a.parties { if let c = p.country, c != "TH", !cps.contains(c) { cps.append(c) } }
        if cps.isEmpty {
            for sg in a.signatories { if let c = sg.country, c != "TH", !cps.contains(c) { cps.append(c) } }
        }
        if cps.isEmpty {
            let r = primary.title ?? (primary.mention.range.lowerBound..<min(line.upperBound, primary.mention.range.upperBound + 80))
            for (c, _) in run.countries.codes(in: s, from: r.lowerBound, to: r.upperBound) where c != "TH" && !cps.contains(c) { cps.append(c) }
            if cps.isEmpty, let e = primary.titleEn {
                for (c, _) in run.countries.codes(in: s, from: e.lowerBound, to: e.upperBound) where c != "TH" && !cps.contains(c) { cps.append(c) }
            }
            // The sentence reporting the event, then the headline ("ไทย-รัสเซีย ลงนาม...").
            if cps.isEmpty, primary.context != nil {
                // A list item names its partner anywhere in the item.
                for (c, _) in run.countries.codes(in: s, from: line.lowerBound, to: line.upperBound) where c != "TH" && !cps.contains(c) { cps.append(c) }
            }
            // An item of a list whose other items name their foreign partner has none of its own.
            if cps.isEmpty, !primary.siblingsNameCountries, parties.allSatisfy({ $0.country == nil || $0.country == "TH" }) && parties.count < 2 {
                var scopes = [line]
                if let c = primary.context { scopes.append(c) }
                if let h = headlineRange { scopes.append(h) }
                for r in scopes where cps.isEmpty {
                    for (c, _) in run.countries.codes(in: s, from: r.lowerBound, to: r.upperBound) where c != "TH" && !cps.contains(c) { cps.append(c) }
                    if cps.count > 3 { cps = [] }   // a list of countries is a meeting, not the parties
                }
            }
        }
        // A grouping ("อาเซียนบวกสาม") stands for its members.
        var members: [String] = []
        for c in cps { for m in c.split(separator: "+").map(String.init) where !members.contains(m) { members.append(m) } }
        a.counterparts = members.filter { $0.count >= 2 && $0.count <= 8 && $0.allSatisfy { $0.isASCII && $0.isUppercase } }
        a.international = !a.counterparts.isEmpty
        // Thai parties the title does not name: agencies named in the sentence around the instrument
        // ("กระทรวงดิจิทัลฯ ลงนามบันทึกความเข้าใจกับ…", a signatory's "รัฐมนตรีว่าการกระทรวง…"), not a foreign
        // ministry of the same name ("กระทรวงการต่างประเทศญี่ปุ่น").
        if !a.parties.contains(where: { $0.country == nil || $0.country == "TH" }) {
            let m = primary.mention.range
            let lo = max(line.lowerBound, m.lowerBound - 240), hi = min(line.upperBound, m.upperBound + 240)
            var added = 0
            for (code, r) in AgencyFinder.shared.agencies(in: s, from: lo, to: hi) where added < 3 {
                let next = run.countries.codes(in: s, from: r.upperBound, to: min(s.count, r.upperBound + 16))
                if next.contains(where: { $0.code != "TH" && $0.range.lowerBound <= r.upperBound + 6 }) { continue }
                a.parties.append(Party(name: run.text(r), nameEn: ThaiAgencies.byCode[code]?.english, country: "TH"))
                ev.append(run.evidence("parties[\(a.parties.count - 1)]", r))
                added += 1
            }
        }
        if copyIndex > 0 {
            // Only the group is described: keep what is shared, drop what belongs to the first one.
            a.titleTh = nil
            a.titleEn = nil
            a.scope = []
            a.durationYears = nil
            ev.removeAll { $0.field.hasPrefix("scope") || $0.field.hasPrefix("title") || $0.field == "durationYears" }
        }
        a.evidence = ev
        agreement = a
    }

    /// Where a phrase about several instruments ends ("ทั้ง 3 ฉบับ", "ทั้งสองฉบับ", "ทุกฉบับ") and how many
    /// it counts (nil: all), if the range has one.
    func allInstruments(in r: Range<Int>, s: [Unicode.Scalar]) -> (Int, Int?)? {
        let copies = Cues.a("ฉบับ")
        for (w, n) in [(Cues.a("ทุกฉบับ"), nil), (Cues.a("ทั้งสองฉบับ"), 2)] as [([Unicode.Scalar], Int?)] {
            if let p = s.firstIndex(of: w, from: r.lowerBound, to: r.upperBound) { return (p + w.count, n) }
        }
        let both = Cues.a("ทั้ง")
        var i = r.lowerBound
        while let p = s.firstIndex(of: both, from: i, to: r.upperBound) {
            var j = p + both.count
            while j < r.upperBound, s[j] == " " { j += 1 }
            if let (v, e) = ThaiNumerals.readInt(s, at: j, maxDigits: 2), v >= 2 {
                var k = e
                while k < r.upperBound, s[k] == " " { k += 1 }
                if s.matches(copies, at: k) { return (k + copies.count, v) }
            }
            i = p + both.count
        }
        return nil
    }

    /// A date between a cabinet word and the instrument, in the same sentence.
    func cabinetClauseDate(run: ExtractionRun, before end: Int, line: Range<Int>) -> DateMention? {
        let s = run.s
        let lo = max(line.lowerBound, end - 160)
        guard let c = Cues.cabinet.compactMap({ s.firstIndex(of: $0, from: lo, to: end) }).min() else { return nil }
        return run.validDates(c..<end).last { run.reference == nil || $0.date <= run.reference! }
    }

    /// The first date of the unit's lead (first two body lines) not after publication.
    func cabinetLeadDate(run: ExtractionRun, unit: ExtractionRun.Unit) -> DateMention? {
        for l in unit.lines.filter({ !$0.headlineLike }).prefix(2) {
            if let d = run.validDates(l.range).first(where: { run.reference == nil || $0.date <= run.reference! }) { return d }
        }
        return nil
    }

    static let moveOn: [[Unicode.Scalar]] = ["จากนั้น", "ต่อมา", "ในช่วงบ่าย", "ช่วงบ่าย", "อนึ่ง"].map(Cues.a)

    /// "จากนั้น รัฐมนตรีได้เยี่ยมชมโรงเรียน… ๓ สาขาหลัก ได้แก่ …": a paragraph that moves the story on and names no
    /// instrument lists something else.
    func movedOn(_ i: Int, run: ExtractionRun) -> Bool {
        let s = run.s
        let ls = run.lineStart(i)
        guard Self.moveOn.contains(where: { s.matches($0, at: ls) }) else { return false }
        return !Cues.thaiInstruments.contains { s.contains($0.0, from: ls, to: i) } && !s.contains(Cues.a("ความร่วมมือ"), from: ls, to: i)
    }

    static let openingDateReach = 45
    /// How far after the mention a background date ("…ที่ผ่านมา") may still date the event in the same paragraph.
    static let afterMentionReach = 250
    static let when = Cues.a("เมื่อ")
    static let ceremonyOrWitness = ceremony + [Cues.witness]
    static let since = Cues.a("ตั้งแต่")

    /// "ตั้งแต่วันที่ 23 มีนาคม…": the start of a period, not an occasion.
    static func startsSince(_ m: DateMention, s: [Unicode.Scalar], line: Range<Int>) -> Bool {
        s.contains(since, from: max(line.lowerBound, m.range.lowerBound - 20), to: m.range.lowerBound + 8)
    }

    /// "ตั้งแต่วันที่ 23 มีนาคม…", "…19 เมษายน 2561 ที่ผ่านมา": a date that sets a background, not an occasion.
    static func background(_ m: DateMention, s: [Unicode.Scalar], line: Range<Int>) -> Bool {
        startsSince(m, s: s, line: line) || endsTerm(m, s: s, line: line)
            || s.contains(InstrumentFinder.pastWhile, from: m.range.lowerBound, to: min(line.upperBound, m.range.upperBound + 12))
    }

    static let termEnd: [[Unicode.Scalar]] = ["มีผลถึง", "ถึงวันที่", "จนถึง", "สิ้นสุด", "หมดอายุ", "ครบกำหนด", "until", "expire"].map(Cues.a)

    /// "มีผลถึงวันที่ 23 กรกฎาคม 2570", "สิ้นสุดในปี 2568": the end of a term, never the day of an event.
    static func endsTerm(_ m: DateMention, s: [Unicode.Scalar], line: Range<Int>) -> Bool {
        termEnd.contains { s.contains($0, from: max(line.lowerBound, m.range.lowerBound - 16), to: m.range.lowerBound + 9) }
    }
    static let bothSides: [[Unicode.Scalar]] = ["ทั้งสองฝ่าย", "ทั้งสองท่าน", "ทั้งสอง"].map(Cues.a)
    static let bothSidesGlue: [[Unicode.Scalar]] = [" ", "ได้", "ร่วมกัน", "ร่วม", "จึง", "ก็"].map(Cues.a)

    /// "ทั้งสองฝ่ายได้ร่วมกันลงนาม…": the subject of the signing at `trigger` is "both sides".
    static func bothSidesSign(_ s: [Unicode.Scalar], trigger: Int, lineStart: Int) -> Bool {
        var i = trigger
        var moved = true
        while moved && i > lineStart {
            moved = false
            for w in bothSidesGlue where i - w.count >= lineStart && s.matches(w, at: i - w.count) { i -= w.count; moved = true; break }
        }
        return bothSides.contains { w in i - w.count >= lineStart && s.matches(w, at: i - w.count) }
    }
    static let speech: [[Unicode.Scalar]] = ["กล่าว", "เปิดเผย", "ให้สัมภาษณ์", "แถลง", "ระบุว่า"].map(Cues.a)
    static let nominal: [[Unicode.Scalar]] = ["การ", "พิธี"].map(Cues.a)

    static let that = Cues.a("ว่า")

    /// "นาย ก ให้สัมภาษณ์ว่า … (a long report) … ทางโรงพยาบาลลงนาม…": the signing is reported speech about others.
    static func reportsOthers(_ s: [Unicode.Scalar], from t0: Int, trigger: Int) -> Bool {
        for w in speech {
            guard let v = s.firstIndex(of: w, from: t0, to: min(trigger, t0 + 40)),
                  let q = s.firstIndex(of: that, from: v + w.count, to: min(trigger, v + w.count + 20)) else { continue }
            return trigger - (q + that.count) > 60
        }
        return false
    }

    /// "นาย X … กล่าวว่า การลงนาม…" / "…เปิดเผยภายหลังพิธีลงนาม": a person speaking about a signing, not signing.
    static func speaksOfSigning(_ s: [Unicode.Scalar], from t0: Int, sign q: Int) -> Bool {
        guard speech.contains(where: { s.contains($0, from: t0, to: q) }) else { return false }
        // "…กล่าวว่า ได้มีพิธีลงนามร่วมกับนาง…": the speaker signed with someone.
        if s.contains(Cues.a("ร่วมกับ"), from: q + Cues.sign.count, to: q + Cues.sign.count + 10) { return false }
        return nominal.contains { w in s.contains(w, from: max(t0, q - w.count - 3), to: q) }
    }
    static let signedBy = Cues.a("ลงนามโดย")
    static let by = Cues.a("โดย")
    static let officeWords: [[Unicode.Scalar]] = ["รัฐมนตรี", "ปลัดกระทรวง", "อธิบดี", "เลขาธิการ", "ผู้ว่าการ", "ผู้อำนวยการ", "ประธาน", "อธิการบดี"].map(Cues.a)
    static let officeEnds: [[Unicode.Scalar]] = [" ", "กับ", "และ", "ของ", "ซึ่ง", "เมื่อ", "(", ",", "\n"].map(Cues.a)

    /// The office named right after "ลงนามโดย" with no person ("ลงนามโดยรัฐมนตรีว่าการกระทรวงคมนาคมกับ…").
    func signingOffice(from: Int, line: Range<Int>, s: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        let sign = Cues.sign
        let start = max(line.lowerBound, from - sign.count)
        guard let q = s.firstIndex(of: Self.signedBy, from: start, to: min(line.upperBound, start + 200)) else { return nil }
        let o = q + Self.signedBy.count
        guard Self.officeWords.contains(where: { s.matches($0, at: o) }) else { return nil }
        var e = o + 4
        while e < line.upperBound, !Self.officeEnds.contains(where: { s.matches($0, at: e) }) { e += 1 }
        return e - o >= 10 ? Array(s[o..<e]) : nil
    }

    /// "โดยมี A … และ B … เป็นผู้ลงนาม": the people introduced by โดยมี and closed by เป็นผู้ลงนาม sign, even
    /// when the list runs past the first person's own words or onto the next line.
    func namedSigner(_ p: PersonMention, s: [Unicode.Scalar]) -> SignatoryRole? {
        guard s.contains(Self.introducedBy, from: max(0, p.range.lowerBound - 12), to: p.range.lowerBound) else { return nil }
        let end = min(s.count, p.tailStart + 260)
        guard let q = Self.signerPhrases.compactMap({ s.firstIndex(of: $0, from: p.tailStart, to: end) }).min() else { return nil }
        if s.contains(Cues.witness, from: p.tailStart, to: q) || s.contains(Cues.sign, from: p.tailStart, to: q) { return nil }
        return .signatory
    }

    /// The role a person plays, from the words after them (their "tail") and where they stand.
    func role(of p: PersonMention, tailEnd: Int, anchor: Anchor, s: [Unicode.Scalar]) -> SignatoryRole? {
        let t0 = p.tailStart
        let t1 = min(tailEnd, t0 + 90)
        var bestPos = Int.max
        var role: SignatoryRole?
        func consider(_ w: [Unicode.Scalar], _ r: SignatoryRole) {
            if let q = s.firstIndex(of: w, from: t0, to: t1), q < bestPos { bestPos = q; role = r }
        }
        consider(Cues.witness, .witness)
        if let q = s.firstIndex(of: Cues.representative, from: t0, to: t1), q < bestPos,
           !s.contains(Cues.a("ในฐานะ"), from: max(t0, q - 8), to: q) {
            // "ในฐานะผู้แทนรัฐบาล…" is the capacity in which a signer signs, not the representative role.
            bestPos = q; role = .representative
        }
        var speaker = false
        if let q = s.firstIndex(of: Cues.sign, from: t0, to: t1), q < bestPos {
            if Self.speaksOfSigning(s, from: t0, sign: q) { speaker = true } else { bestPos = q; role = .signatory }
        }
        consider(Cues.a("witness"), .witness)
        consider(Cues.a("sign"), .signatory)
        consider(Cues.a("เป็นประธาน"), .witness)
        if let r = role { return r }
        // "…แลกเปลี่ยน…กับ <person>": the counterpart who receives the copy.
        let before = max(anchor.clauseStart, p.range.lowerBound - 12)
        if s.contains(Cues.with, from: before, to: p.range.lowerBound), s.contains(Cues.exchange, from: anchor.clauseStart, to: p.range.lowerBound) {
            return .representative
        }
        if p.range.lowerBound < anchor.trigger.lowerBound && !speaker && !Self.reportsOthers(s, from: t0, trigger: anchor.trigger.lowerBound) { return .signatory }
        // "ลงนาม…ระหว่าง กระทรวง ก โดย นาย ข … กับ กรม ค โดย นาง ง …": each side names its signer with โดย.
        if p.range.lowerBound > anchor.trigger.upperBound, s.contains(Cues.between, from: anchor.trigger.lowerBound, to: p.range.lowerBound) {
            var k = p.range.lowerBound
            while k > anchor.trigger.upperBound, s[k - 1] == " " { k -= 1 }
            if s.matches(Self.by, at: k - Self.by.count) { return .signatory }
        }
        return nil
    }

    func country(of p: PersonMention, parties: [PartyRef], run: ExtractionRun) -> String? {
        let foreignHint = foreign
        let s = run.s
        if let pos = p.position {
            let found = run.countries.codes(in: s, from: pos.lowerBound, to: pos.upperBound)
            let prj = Cues.a("ประจำ")
            let foreign = found.filter { c in c.code != "TH" && !(c.range.lowerBound >= 6 && s.contains(prj, from: c.range.lowerBound - 8, to: c.range.lowerBound)) }
            if let f = foreign.first { return CountryLexicon.primary(f.code) }
            if found.contains(where: { $0.code == "TH" }) { return "TH" }
            // A position in a foreign party's ministry.
            for party in parties where party.country != nil && party.country != "TH" {
                let key = Array(s[party.range].prefix(14))
                // Both sides are often the same ministry (กระทรวงยุติธรรม … กับกระทรวงยุติธรรม…ลาว): then it tells nothing.
                let shared = parties.contains { $0.country == "TH" && Array(s[$0.range].prefix(14)) == key }
                if key.count >= 8, !shared, s.contains(key, from: pos.lowerBound, to: pos.upperBound) { return party.country }
            }
            if found.contains(where: { $0.code == "TH" }) { return "TH" }
        }
        // A person named in Latin letters (or with a Latin alias) is the foreign side when there is one.
        if p.latin {
            // In English text everyone is in Latin letters: a position without a foreign country is Thai.
            if run.article.language == .en, p.position != nil { return "TH" }
            return parties.compactMap(\.country).first { $0 != "TH" } ?? foreignHint
        }
        return "TH"
    }

    /// The instrument a later mention refers to, by the words after it matching one title.
    func referencedDraft(_ m: Mention, all: [Draft], run: ExtractionRun) -> Int? {
        let s = run.s
        var i = m.range.upperBound
        let skips: [[Unicode.Scalar]] = [" ", "ฯ", "ใน", "ว่าด้วย", "ฉบับ"].map(Cues.a)
        var moved = true
        while moved {
            moved = false
            for w in skips where s.matches(w, at: i) { i += w.count; moved = true }
        }
        let key = Array(s[i..<min(i + 12, m.line.upperBound)])
        guard key.count >= 8 else { return nil }
        var hit: Int?
        for (k, d) in all.enumerated() {
            guard let t = d.primary.title else { continue }
            if s.contains(key, from: t.lowerBound, to: t.upperBound) {
                if hit != nil { return nil }
                hit = k
            }
        }
        return hit
    }
}
