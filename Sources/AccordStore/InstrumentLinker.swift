import AccordCore
import ThaiText

/// Splits text into words; the Thai segmenter in production, anything deterministic in tests.
public protocol WordTokenizing: Sendable {
    /// The words of `text` in order, without spaces or punctuation-only pieces.
    func words(_ text: String) -> [Substring]
}

/// One existing timeline event as the linker sees it.
public struct LinkEvent: Sendable, Equatable {
    public var id: Int64
    public var kind: EventKind
    public var date: CalendarDate?
    public var articleId: Int64
    /// Normalised title words (see `TitleWords`).
    public var titleWords: Set<String>
    /// Normalised words of all scope items.
    public var scopeWords: Set<String>
    public init(id: Int64, kind: EventKind, date: CalendarDate?, articleId: Int64, titleWords: Set<String>, scopeWords: Set<String> = []) {
        self.id = id
        self.kind = kind
        self.date = date
        self.articleId = articleId
        self.titleWords = titleWords
        self.scopeWords = scopeWords
    }
}

/// An instrument that an incoming agreement might belong to.
public struct LinkCandidate: Sendable, Equatable {
    public var instrumentId: Int64
    public var kind: InstrumentKind
    public var counterparts: Set<String>
    public var events: [LinkEvent]
    public init(instrumentId: Int64, kind: InstrumentKind, counterparts: Set<String>, events: [LinkEvent]) {
        self.instrumentId = instrumentId
        self.kind = kind
        self.counterparts = counterparts
        self.events = events
    }
}

/// The incoming agreement (one agreement of one article).
public struct LinkProbe: Sendable, Equatable {
    public var kind: InstrumentKind
    public var counterparts: Set<String>
    public var event: EventKind
    public var date: CalendarDate?
    public var articleId: Int64
    public var titleWords: Set<String>
    public var scopeWords: Set<String>
    public init(kind: InstrumentKind, counterparts: Set<String>, event: EventKind, date: CalendarDate?, articleId: Int64,
                titleWords: Set<String>, scopeWords: Set<String> = []) {
        self.kind = kind
        self.counterparts = counterparts
        self.event = event
        self.date = date
        self.articleId = articleId
        self.titleWords = titleWords
        self.scopeWords = scopeWords
    }
}

/// A decision to join a probe to a candidate, with the evidence for it.
public struct LinkDecision: Sendable, Equatable {
    public var instrumentId: Int64
    /// The existing event the probe was matched against (nil when carried over from a previous revision).
    public var matchedEventId: Int64?
    public var score: Double
    public var reasons: [String]
}

/// Decides whether an agreement belongs to an existing instrument.
///
/// Conservative by design (a wrong merge hides an instrument; a missed one only splits a
/// timeline): the kind must be equal, counterparts must agree, the normalised titles must be
/// similar, no event may contradict the timeline's order, and one article never contributes
/// two agreements to the same instrument.
public enum InstrumentLinker {
    /// Minimum title Jaccard for international instruments whose counterparts agree.
    public static let titleThreshold = 0.5
    /// Minimum title Jaccard when neither side has a counterpart (domestic instruments).
    public static let domesticTitleThreshold = 0.7
    /// Minimum Jaccard of the counterpart sets.
    public static let counterpartThreshold = 0.5
    /// A shorter title whose distinctive words all but fit in a longer one: at least this many
    /// words, this share contained (a short and a long rendering of one title).
    public static let containmentMinimumWords = 4
    public static let containmentThreshold = 0.8
    /// Scope lists as a second witness: at least this many distinctive words on each side and this Jaccard.
    public static let scopeMinimumWords = 8
    public static let scopeThreshold = 0.6

    /// Title Jaccard under which two titled reports name different subjects (shared partner names aside).
    public static let distinctSubjectsBelow = 0.25
    /// Days between two reports of one instrument with the same partner that may join on time alone.
    public static let closeReportDays = 45

    /// The best candidate the probe may join, or nil to found a new instrument.
    ///
    /// Content evidence (titles, scope) wins; failing that, a report of the same partner close in time
    /// joins only when exactly one instrument qualifies (two MOUs signed with one partner on one visit
    /// must stay apart).
    public static func best(for probe: LinkProbe, among candidates: [LinkCandidate]) -> LinkDecision? {
        var best: LinkDecision?
        var close: [LinkDecision] = []
        for c in candidates {
            if let d = evaluate(probe, against: c) {
                if best == nil || d.score > best!.score || (d.score == best!.score && d.instrumentId < best!.instrumentId) { best = d }
            } else if let d = closeInTime(probe, c) {
                close.append(d)
            }
        }
        if let best { return best }
        return close.count == 1 ? close[0] : nil
    }

    /// Kinds one document is reported under (บันทึกความเข้าใจ / บันทึกความร่วมมือ / บันทึกข้อตกลง, "MOU" for any).
    public static func family(_ k: InstrumentKind) -> [InstrumentKind] {
        switch k {
        case .mou, .moc, .moa, .loi: [.mou, .moc, .moa, .loi]
        default: [k]
        }
    }

    /// Joins on time alone: an international probe whose partners agree with the candidate's, of the
    /// same kind family, dated within `closeReportDays` of one of its events in a plausible order, and
    /// whose title does not name a different subject.
    static func closeInTime(_ probe: LinkProbe, _ c: LinkCandidate) -> LinkDecision? {
        guard let pd = probe.date, !probe.counterparts.isEmpty, family(probe.kind).contains(c.kind) else { return nil }
        guard !c.events.contains(where: { $0.articleId == probe.articleId }) else { return nil }
        let j = jaccard(probe.counterparts, c.counterparts)
        guard j >= counterpartThreshold else { return nil }
        var near: LinkEvent?
        for e in c.events {
            guard let ed = e.date else { continue }
            guard plausible(probe.event, pd, e.kind, ed) != nil else { return nil }
            if abs(pd.daysSinceEpoch - ed.daysSinceEpoch) <= closeReportDays { near = near ?? e }
        }
        guard let near else { return nil }
        // Two titled reports whose words barely overlap (a partner's name at most) name different instruments.
        if probe.titleWords.count >= 3, c.events.contains(where: { $0.titleWords.count >= 3 }),
           !c.events.contains(where: { $0.titleWords.count < 3 || jaccard(probe.titleWords, $0.titleWords) >= distinctSubjectsBelow }) { return nil }
        let reasons = ["kind \(probe.kind.rawValue) ~ \(c.kind.rawValue)",
                       "counterparts \(sorted(probe.counterparts)) ~ \(sorted(c.counterparts)) (Jaccard \(fmt(j)))",
                       "reported within \(closeReportDays) days of event \(near.id), the only instrument with these partners then"]
        return LinkDecision(instrumentId: c.instrumentId, matchedEventId: near.id, score: 0.3 * j + 0.1, reasons: reasons)
    }

    /// The decision for one candidate, or nil when any rule rejects it.
    public static func evaluate(_ probe: LinkProbe, against c: LinkCandidate) -> LinkDecision? {
        guard family(probe.kind).contains(c.kind) else { return nil }
        guard !c.events.contains(where: { $0.articleId == probe.articleId }) else { return nil }
        var reasons = [probe.kind == c.kind ? "same instrument kind: \(probe.kind.rawValue)" : "kinds of one family: \(probe.kind.rawValue) ~ \(c.kind.rawValue)"]

        let domestic = probe.counterparts.isEmpty && c.counterparts.isEmpty
        let counterpartScore: Double
        if domestic {
            counterpartScore = 1
            reasons.append("both domestic (no counterparts)")
        } else {
            let shared = probe.counterparts.intersection(c.counterparts)
            counterpartScore = jaccard(probe.counterparts, c.counterparts)
            guard !shared.isEmpty, counterpartScore >= counterpartThreshold else { return nil }
            reasons.append("counterparts \(sorted(probe.counterparts)) ~ \(sorted(c.counterparts)) (Jaccard \(fmt(counterpartScore)))")
        }

        // Content: the best of title Jaccard, title containment and scope Jaccard over the candidate's events.
        var best: (event: LinkEvent, score: Double, why: String)?
        for e in c.events {
            for (score, why) in contentScores(probe, e, domestic: domestic) where best == nil || score > best!.score {
                best = (e, score, why)
            }
        }
        guard let best else { return nil }
        reasons.append(best.why + " (event \(best.event.id))")
        let bestTitle = (event: best.event, score: best.score)
        var dateFit = 0.5
        if let pd = probe.date {
            var checked = 0
            for e in c.events {
                guard let ed = e.date else { continue }
                guard let why = plausible(probe.event, pd, e.kind, ed) else { return nil }
                checked += 1
                if e.id == bestTitle.event.id { reasons.append(why) }
            }
            if checked > 0 { dateFit = 1 }
        } else {
            reasons.append("incoming event undated: order not checked")
        }
        // A different kind word is weaker evidence: the same document or two of one family.
        let score = (0.6 * bestTitle.score + 0.3 * counterpartScore + 0.1 * dateFit) * (probe.kind == c.kind ? 1 : 0.9)
        return LinkDecision(instrumentId: c.instrumentId, matchedEventId: bestTitle.event.id, score: score, reasons: reasons)
    }

    /// The content similarities that pass their thresholds, each with a reason.
    static func contentScores(_ p: LinkProbe, _ e: LinkEvent, domestic: Bool) -> [(Double, String)] {
        var out: [(Double, String)] = []
        let a = p.titleWords, b = e.titleWords
        if !a.isEmpty, !b.isEmpty {
            let shared = a.intersection(b)
            let words = shared.sorted().prefix(12).joined(separator: " ")
            let j = jaccard(a, b)
            // A title of one or two leftover words ("the said MOU") proves nothing however equal.
            let enoughWords = shared.count >= 3 || (!domestic && shared.count >= 2 && j >= 0.8)
            if enoughWords, j >= (domestic ? domesticTitleThreshold : titleThreshold) {
                out.append((j, "title Jaccard \(fmt(j)), shared words: \(words)"))
            }
            let smaller = min(a.count, b.count)
            if !domestic, smaller >= containmentMinimumWords {
                let contained = Double(shared.count) / Double(smaller)
                // Half containment, half Jaccard: weaker evidence than an equally high Jaccard.
                if contained >= containmentThreshold {
                    out.append((0.5 * contained + 0.5 * j, "shorter title \(fmt(contained * 100))% contained in the longer, shared words: \(words)"))
                }
            }
        }
        if p.scopeWords.count >= scopeMinimumWords, e.scopeWords.count >= scopeMinimumWords {
            let j = jaccard(p.scopeWords, e.scopeWords)
            if j >= scopeThreshold { out.append((j, "scope items Jaccard \(fmt(j)) over \(p.scopeWords.union(e.scopeWords).count) words")) }
        }
        return out
    }

    /// Whether event `a` on `ad` can sit in one timeline with event `b` on `bd`; a reason when so.
    static func plausible(_ a: EventKind, _ ad: CalendarDate, _ b: EventKind, _ bd: CalendarDate) -> String? {
        let delta = ad.daysSinceEpoch - bd.daysSinceEpoch // a after b when positive
        func rank(_ k: EventKind) -> Int {
            switch k {
            case .plan, .cabinetApproval: 0
            case .signing, .exchange, .adoption: 1
            case .renewal: 2
            case .implementation, .entryIntoForce, .other: 3
            }
        }
        let ra = rank(a), rb = rank(b)
        let describe = "\(a.rawValue) \(ad.iso) vs \(b.rawValue) \(bd.iso): \(abs(delta)) days \(delta >= 0 ? "after" : "before")"
        switch (ra, rb) {
        case (1, 1):
            // Two reports of one signing; a second signing months apart is another instrument.
            return abs(delta) <= 60 ? describe + " (same signing reported twice)" : nil
        case (0, 0):
            return abs(delta) <= 400 ? describe : nil
        case (0, 1):
            // Approval or plan precedes the signing, within three years (a little slack for late reports).
            return (-3 * 366 ... 30).contains(delta) ? describe + (delta <= 0 ? " (approval precedes signing)" : " (reported within 30 days of the signing)") : nil
        case (1, 0):
            return (-30 ... 3 * 366).contains(delta) ? describe + (delta >= 0 ? " (signing follows approval)" : " (approval reported within 30 days of the signing)") : nil
        case (2, 1):
            return delta >= 180 ? describe + " (renewal after signing)" : nil
        case (1, 2):
            return delta <= -180 ? describe + " (signing before renewal)" : nil
        case (2, 2):
            return abs(delta) <= 60 ? describe + " (same renewal)" : nil
        case (2, 0), (0, 2):
            // An approval to renew comes shortly before the renewal.
            return abs(delta) <= 3 * 366 ? describe : nil
        default:
            // Implementation and other news: anywhere from shortly before to years after.
            let implAfter = ra == 3 ? delta : -delta
            return implAfter >= -60 ? describe : nil
        }
    }

    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        let u = a.union(b).count
        return u == 0 ? 0 : Double(a.intersection(b).count) / Double(u)
    }

    private static func sorted(_ s: Set<String>) -> String { "{" + s.sorted().joined(separator: ",") + "}" }
    private static func fmt(_ d: Double) -> String { String(Double(Int(d * 100)) / 100) }
}

/// Normalised title words for linking: segmented, lowercased, generic words dropped.
public enum TitleWords {
    /// Words that every instrument title shares (kind names, connectives, "Thailand", "draft").
    public static let generic: Set<String> = [
        // Thai
        "ร่าง", "บันทึก", "ความเข้าใจ", "ความร่วมมือ", "ข้อตกลง", "ความตกลง", "หนังสือ", "แสดง", "เจตจำนง",
        "ปฏิญญา", "ว่าด้วย", "ระหว่าง", "กับ", "และ", "แห่ง", "ของ", "ใน", "ด้าน", "การ", "เพื่อ", "ที่", "ฉบับ",
        "เรื่อง", "ว่า", "ความ", "ร่วมมือ", "เข้าใจ", "ตกลง", "ราชอาณาจักร", "ราชอาณาจักรไทย", "ไทย", "ประเทศ",
        "รัฐบาล", "สาธารณรัฐ", "ฝ่าย", "โดย", "กรอบ", "สาขา", "ทาง", "อย่าง", "ต่อ", "จาก", "ให้", "เป็น", "มี",
        "ประเทศไทย", "ฯ", "ๆ", "บันทึกความเข้าใจ", "บันทึกความร่วมมือ", "บันทึกข้อตกลง", "หนังสือแสดงเจตจำนง",
        "ความร่วมมือระหว่าง", "ว่าด้วยความร่วมมือ", "กระทรวง", "กรม", "สำนักงาน", "องค์การ", "หน่วยงาน", "ministry", "department",
        "ดังกล่าว", "เกี่ยวข้อง", "นี้", "ครั้งนี้", "ทั้ง", "สอง", "ทั้งสอง", "ฉบับนี้",
        // English
        "memorandum", "understanding", "cooperation", "co-operation", "agreement", "letter", "intent", "declaration",
        "draft", "between", "the", "of", "and", "on", "in", "for", "to", "a", "an", "kingdom", "thailand", "thai",
        "government", "republic", "mou", "moc", "moa", "loi", "field", "fields", "concerning", "regarding",
    ]

    /// The distinctive words of a title.
    public static func of(_ title: String?, tokenizer: any WordTokenizing) -> Set<String> {
        guard let title, !title.isEmpty else { return [] }
        var out = Set<String>()
        for w in tokenizer.words(title) {
            let s = w.lowercased()
            guard !generic.contains(s), s.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { continue }
            out.insert(s)
        }
        return out
    }
}
